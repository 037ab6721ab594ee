package org.acorn.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.platform.audit.AuditEntry;
import org.acorn.platform.audit.AuditQuery;
import org.acorn.platform.audit.AuditTrail;
import org.acorn.platform.persistence.ResultPage;
import org.acorn.platform.web.PageLinks;

/**
 * Backs /admin/audit.xhtml. The filter is plain GET parameters (q, action, type, from, to, page), so a
 * filtered view can be bookmarked and the CSV link carries the same filter.
 */
@Named
@RequestScoped
public class AuditPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(AuditQuery.ZONE);

    @Inject AuditTrail trail;

    private String q;
    private String action;
    private String type;
    private String from;
    private String to;
    private String page;

    private AuditQuery query = AuditQuery.none();
    private ResultPage<AuditEntry> result;
    private List<String> actions = List.of();
    private List<String> types = List.of();

    /** View action. Refuses (403) anyone but the co-ordinator and site administrators before reading. */
    public void load() {
        trail.requireReader();
        query = AuditQuery.parse(q, action, type, from, to);
        actions = trail.actions();
        types = trail.targetTypes();
        if (query.valid()) result = trail.page(query, PageLinks.number(page));
    }

    /** The message for a filter field ("from", "to"), or empty. */
    public String error(String field) {
        String e = query.errors().get(field);
        return e == null ? "" : e;
    }

    public boolean isTextCut() { return q != null && q.strip().length() > AuditQuery.MAX_TEXT; }

    public String pageUrl(long number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PageLinks.url("/admin/audit.xhtml", filter(number));
    }

    public String getCsvUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PageLinks.url("/admin/audit.csv", filter(0));
    }

    private Map<String, Object> filter(long pageNumber) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.text());
        params.put("action", query.action());
        params.put("type", query.targetType());
        params.put("from", query.from());
        params.put("to", query.to());
        if (pageNumber > 1) params.put("page", pageNumber);
        return params;
    }

    public String when(Instant instant) { return instant == null ? "" : WHEN.format(instant); }

    public boolean isFiltered() {
        return query.text() != null || query.action() != null || query.targetType() != null
                || query.from() != null || query.to() != null;
    }

    /** Values as shown back in the filter form: what was typed, the text cut as it was used. */
    public String getQ() { return query.text() != null ? query.text() : q; }
    public void setQ(String q) { this.q = q; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public ResultPage<AuditEntry> getResult() { return result; }
    public List<String> getActions() { return actions; }
    public List<String> getTypes() { return types; }
}
