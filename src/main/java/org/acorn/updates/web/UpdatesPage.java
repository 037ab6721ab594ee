package org.acorn.updates.web;

import org.acorn.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.platform.security.Caller;
import org.acorn.platform.text.Markdown;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateTags;
import org.acorn.updates.Updates;

/** Backs /updates/index.xhtml: all updates, or those of one kind (?kind=lscb), one body (?body=7) or one tag (?tag=). */
@Named
@ViewScoped
public class UpdatesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Updates updates;
    @Inject UpdateTags tags;
    @Inject Caller caller;
    @Inject Markdown markdown;

    private String kind;
    private String body;
    private String tag;
    private String heading = "Updates";
    private String feedQuery = "";
    private List<Row> rows = List.of();
    private boolean mayWrite;

    /** One update in the list. */
    public record Row(Long id, String title, String kind, String when, String from, String excerpt, String visibility) {
        public Long getId() { return id; }
        public String getTitle() { return title; }
        public String getKind() { return kind; }
        public String getWhen() { return when; }
        public String getFrom() { return from; }
        public String getExcerpt() { return excerpt; }
        public String getVisibility() { return visibility; }
    }

    public void load() {
        UpdateKind k = null;
        Long bodyId = null;
        String t = null;
        Map<Long, String> bodies = updates.bodyNames();
        if (kind != null && !kind.isBlank()) {
            Optional<UpdateKind> found = UpdateKind.bySlug(kind);
            if (found.isEmpty()) { Faces.notFound(); return; }
            k = found.get();
            heading = k.plural();
            feedQuery = "?kind=" + k.getSlug();
        } else if (body != null && !body.isBlank()) {
            bodyId = Faces.id(body);
            if (bodyId == null || !bodies.containsKey(bodyId)) { Faces.notFound(); return; }
            heading = "Updates from " + bodies.get(bodyId);
            feedQuery = "?body=" + bodyId;
        } else if (tag != null && !tag.isBlank()) {
            Map<String, String> labels = tags.labels();
            if (!UpdateTags.wellFormed(tag) || !labels.containsKey(tag)) { Faces.notFound(); return; }
            t = tag;
            heading = "Updates tagged “" + labels.get(tag) + "”";
            feedQuery = "?tag=" + tag;
        }
        List<Row> out = new ArrayList<>();
        for (NewsUpdate u : updates.list(k, bodyId, t, 100)) {
            out.add(new Row(u.getId(), u.getTitle(), u.getKind().label(), UpdatePages.when(u.getPublishAt()),
                    u.getBodyId() == null ? u.getAuthorName() : bodies.get(u.getBodyId()),
                    markdown.excerpt(u.getBodyMarkdown(), 220), u.getVisibility().getLabel()));
        }
        rows = out;
        mayWrite = caller.account().map(updates::mayWriteAny).orElse(false);
    }

    public List<UpdateKind> getKinds() { return List.of(UpdateKind.values()); }
    public List<Row> getRows() { return rows; }
    public String getHeading() { return heading; }
    public String getFeedQuery() { return feedQuery; }
    public boolean isMayWrite() { return mayWrite; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
}
