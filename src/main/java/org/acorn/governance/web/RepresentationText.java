package org.acorn.governance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.acorn.governance.GovernanceSettings;
import org.acorn.governance.body.BodyStatus;
import org.acorn.governance.body.BodyType;
import org.acorn.governance.body.Constituency;
import org.acorn.governance.body.FilledBy;
import org.acorn.governance.body.InfluenceRole;
import org.acorn.governance.body.Place;

/** Wording, dates, money and form options for the representation pages, as {@code #{repr}}. */
@Named("repr")
@ApplicationScoped
public class RepresentationText {

    @jakarta.inject.Inject org.acorn.platform.text.Markdown markdown;

    /** A member's Markdown as sanitized HTML (for h:outputText escape="false"). */
    public String markdown(String text) { return text == null ? "" : markdown.html(text); }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(GovernanceSettings.ZONE);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(GovernanceSettings.ZONE);

    public String day(LocalDate d) { return d == null ? "" : DAY.format(d); }
    public String when(Instant i) { return i == null ? "" : WHEN.format(i); }
    public String inputTime(Instant i) { return i == null ? "" : INPUT.format(i); }

    /** Pence as pounds: £150.00. */
    public String money(Number pence) {
        if (pence == null) return "";
        long p = pence.longValue();
        return (p < 0 ? "-£" : "£") + Math.abs(p) / 100 + "." + String.format("%02d", Math.abs(p) % 100);
    }

    public List<BodyType> getBodyTypes() { return List.of(BodyType.values()); }
    public List<BodyStatus> getBodyStatuses() { return List.of(BodyStatus.values()); }
    public List<InfluenceRole> getInfluenceRoles() { return List.of(InfluenceRole.values()); }
    public List<Constituency> getConstituencies() { return List.of(Constituency.values()); }
    public List<FilledBy> getFilledBy() { return List.of(FilledBy.values()); }
    public List<Place> getPlaces() { return List.of(Place.values()); }
}
