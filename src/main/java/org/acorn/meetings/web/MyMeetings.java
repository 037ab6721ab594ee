package org.acorn.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acorn.meetings.Distribution;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.agenda.AgendaAssembly;
import org.acorn.meetings.agenda.Agendas;
import org.acorn.meetings.calendar.Calendars;
import org.acorn.platform.account.Account;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;

/** Backs /meetings/my.xhtml: the person's coming meetings with why each matters and its papers; their private feed. */
@Named
@ViewScoped
public class MyMeetings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Meetings meetings;
    @Inject Distribution distribution;
    @Inject Agendas agendas;
    @Inject Calendars calendars;
    @Inject Caller caller;
    @Inject org.acorn.meetings.theme.MeetingThemes themes;

    /** A meeting, why it matters to the reader, and its papers. */
    public record Row(Meeting meeting, String why, List<StoredFile> papers) {
        public Meeting getMeeting() { return meeting; }
        public String getWhy() { return why; }
        public List<StoredFile> getPapers() { return papers; }
    }

    private List<Row> rows;
    private String feedUrl;
    private String feedSince;
    private java.util.Map<Long, String> organisationThemes;
    private List<Long> following = new ArrayList<>();

    public void load() {
        Account me = caller.require();
        Distribution.Person p = distribution.person(me);
        Instant now = meetings.now();
        rows = new ArrayList<>();
        for (Meeting m : meetings.between(now.minus(Duration.ofHours(3)), now.plus(Duration.ofDays(120)))) {
            String why = Distribution.why(m, p, meetings.districtName(m.getDistrictId())).orElse(null);
            if (why == null) continue;
            List<Long> ids = new ArrayList<>();
            for (AgendaAssembly.Section s : agendas.agenda(m)) s.lines().forEach(l -> ids.add(l.item().getId()));
            List<StoredFile> papers = new ArrayList<>();
            agendas.papers(ids).values().forEach(papers::addAll);
            rows.add(new Row(m, why, papers));
        }
        feedSince = calendars.tokenSince().map(MeetingPages::when).orElse(null);
        organisationThemes = p.organisationThemes();
        following = new ArrayList<>(p.followedThemes().keySet());
    }

    public void follow() {
        try {
            java.util.Map<Long, String> now = themes.follow(following);
            Faces.flash(now.isEmpty() ? "You follow no themes yourself now." : "You follow " + String.join(", ", now.values()) + ".");
            Faces.redirect("/meetings/my.xhtml");
        } catch (org.acorn.directory.InvalidInput e) {
            MeetingPages.show(e, "themes");
        }
    }

    /** Theme label → id, for the checkboxes. */
    public java.util.Map<String, Long> getThemes() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        themes.all().forEach((id, label) -> out.put(label, id));
        return out;
    }

    public String getOrganisationThemes() { return organisationThemes == null ? "" : String.join(", ", organisationThemes.values()); }
    public List<Long> getFollowing() { return following; }
    public void setFollowing(List<Long> v) { this.following = v; }

    public void newFeed() {
        feedUrl = calendars.feedUrl(calendars.newToken());
        feedSince = MeetingPages.when(meetings.now());
        Faces.info("Your private calendar address is below. Copy it now: for your safety it is shown only once.");
    }

    public void revoke() {
        boolean had = calendars.revoke();
        feedUrl = null;
        feedSince = null;
        Faces.info(had ? "Your private calendar address no longer works." : "You had no private calendar address.");
    }

    public List<Row> getRows() { return rows; }
    public String getFeedUrl() { return feedUrl; }
    public String getFeedSince() { return feedSince; }
}
