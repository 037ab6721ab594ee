package org.acorn.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.acorn.directory.Organisation;
import org.acorn.directory.Organisations;
import org.acorn.platform.account.Account;
import org.acorn.platform.admin.AccountSearch;
import org.acorn.platform.persistence.ResultPage;
import org.acorn.platform.security.Role;
import org.acorn.platform.web.PageLinks;

/** Backs /admin/accounts.xhtml: search accounts by name or email, 50 to a page. */
@Named
@RequestScoped
public class AccountsPage {

    @Inject AccountSearch search;
    @Inject Organisations organisations;

    private String q;
    private String page;
    private ResultPage<Account> result;
    private final Map<Long, String> organisationNames = new HashMap<>();

    public void load() {
        result = search.search(q, PageLinks.number(page));
    }

    /** The organisation's name, or empty for an account that belongs to none. */
    public String organisationName(Account account) {
        return organisationName(organisations, organisationNames, account.getOrganisationId());
    }

    static String organisationName(Organisations organisations, Map<Long, String> cache, Long id) {
        if (id == null) return "";
        return cache.computeIfAbsent(id, k -> organisations.find(k).map(Organisation::getName)
                .orElse("Organisation no. " + k + " (removed)"));
    }

    static String roleLabels(Account account) {
        String labels = account.getRoles().stream().map(Role::label).collect(Collectors.joining(", "));
        return labels.isEmpty() ? "No roles" : labels;
    }

    public String roles(Account account) { return roleLabels(account); }

    public String pageUrl(long number) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", getQ());
        params.put("page", number);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PageLinks.url("/admin/accounts.xhtml", params);
    }

    /** The search text as used (cut to the longest text the search looks at). */
    public String getQ() {
        if (q == null) return null;
        String t = q.strip();
        return t.length() > AccountSearch.MAX_TEXT ? t.substring(0, AccountSearch.MAX_TEXT) : t;
    }

    public boolean isTextCut() { return q != null && q.strip().length() > AccountSearch.MAX_TEXT; }

    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public ResultPage<Account> getResult() { return result; }
}
