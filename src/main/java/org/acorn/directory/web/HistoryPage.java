package org.acorn.directory.web;

import org.acorn.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.acorn.directory.record.RecordHistory;
import org.acorn.directory.record.RecordHistory.History;

/** Backs /directory/history.xhtml?type=organisation|service&amp;id=: a record's change history. */
@Named
@RequestScoped
public class HistoryPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));

    @Inject RecordHistory history;

    private String type;
    private String id;
    private History shown;

    public void load() {
        shown = history.of(type, Faces.id(id)).orElse(null);
        if (shown == null) Faces.notFound();
    }

    /** Where the record itself is read. */
    public String getRecordLink() {
        return "/directory/" + shown.subject().type() + ".xhtml?id=" + shown.subject().id();
    }

    public String actor(String stored) { return RecordHistory.actorName(stored); }

    public String when(Instant at) { return at == null ? "" : WHEN.format(at); }

    public History getShown() { return shown; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
