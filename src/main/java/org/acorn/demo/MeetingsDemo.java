package org.acorn.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.acorn.directory.Organisation;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.meetings.Attendee;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingKind;
import org.acorn.meetings.MeetingResponse;
import org.acorn.meetings.agenda.AgendaComment;
import org.acorn.meetings.agenda.AgendaItem;
import org.acorn.meetings.agenda.AgendaRound;
import org.acorn.meetings.agenda.Purpose;
import org.acorn.meetings.minutes.MeetingAction;
import org.acorn.meetings.minutes.MinuteEntry;
import org.acorn.meetings.minutes.Minutes;
import org.acorn.meetings.minutes.MinutesBook;
import org.acorn.meetings.minutes.MinutesRevision;
import org.acorn.meetings.series.MeetingSeries;
import org.acorn.meetings.series.Recurrence;
import org.acorn.network.District;
import org.acorn.network.NetworkModel;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Tokens;

/**
 * Each demo network's meetings, dated around today: the Network's monthly management group; the Group's district
 * forums (some Saturday mornings, some weekday evenings) in a two-part round feeding the group meeting; the Forum's
 * fortnightly meetings with an independent chair and many report-backs. Every model has approved minutes with
 * actions (one overdue), a meeting with apologies, and an item sent in by a member who cannot attend. Called from
 * {@link DemoData} inside its transaction, after the representation demo made the bodies.
 */
@ApplicationScoped
public class MeetingsDemo {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject MinutesBook minutesBook;
    @Inject org.acorn.meetings.theme.MeetingThemes themes;

    private Instant now;
    private LocalDate today;
    private Account coordinator;
    private Account rep;
    private Account orgAdmin;
    private Account volunteer;

    public void load(NetworkModel model, List<Organisation> orgs, List<District> districts, Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, Recurrence.LONDON);
        coordinator = account("coordinator@example.org");
        rep = account("rep@example.org");
        orgAdmin = account("orgadmin@example.org");
        volunteer = account("volunteer@example.org");
        switch (model) {
            case NETWORK -> network(orgs);
            case GROUP -> group(orgs, districts);
            case FORUM -> forum(orgs);
        }
        em.flush();
    }

    /** Northfell: the Management Group on the second Tuesday of each month, and the trust board seen from the sector. */
    private void network(List<Organisation> orgs) {
        PartnershipBody mg = body("Management Group");
        LocalDate from = today.minusMonths(3).withDayOfMonth(1);
        List<Meeting> mgs = series("Management Group", MeetingKind.MANAGEMENT_GROUP, Recurrence.monthlyOn(2, DayOfWeek.TUESDAY, from),
                LocalTime.of(10, 0), LocalTime.of(12, 30), 9, mg, null, "Network office, 12 Market Street, Northfell",
                "Ground floor, step-free; hearing loop in the meeting room.", "Sam Carter (co-ordinator)");
        story(mgs, orgs, new String[][] {
                {"Priorities for the year", "DECISION"}, {"Trust board: what the sector asked for", "DISCUSSION"},
                {"Budget for representatives' expenses", "INFORMATION"}});
        PartnershipBody trust = body("Children's Trust Board");
        Meeting board = meeting("Children's Trust Board", MeetingKind.PARTNERSHIP_BODY, nextWeekday(today.plusDays(9), DayOfWeek.WEDNESDAY),
                LocalTime.of(14, 0), LocalTime.of(16, 30), "County Hall, Committee Room 2", "Step-free entrance on Park Road.");
        board.setBodyId(trust.getId());
        board.setGuests("Director of Children's Services; two trust board members from health");
        persist(board);
        item(board, 1, "Children and Young People's Plan refresh", Purpose.DISCUSSION, "Trust board chair", 30);
        Meeting thematic = meeting("Safeguarding in small groups", MeetingKind.THEMATIC, nextWeekday(today.plusDays(12), DayOfWeek.SATURDAY),
                LocalTime.of(10, 0), LocalTime.of(12, 0), "Northfell Library, Community Room", "Step-free; free parking behind the library.");
        themed(thematic, "Social", "Safeguarding");
        thematic.setOpenToPublic(true);
        persist(thematic);
        item(thematic, 1, "What a good safeguarding policy looks like for a volunteer-run group", Purpose.INFORMATION, "LSCB trainer", 45);
        item(thematic, 2, "Questions and sharing", Purpose.DISCUSSION, null, 30);
    }

    /** Dalesborough: district forums in a two-part round (Saturday mornings and weekday evenings) feeding the group meeting. */
    private void group(List<Organisation> orgs, List<District> districts) {
        PartnershipBody groupBody = body("The Group");
        LocalDate groupFrom = today.minusWeeks(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        List<Meeting> groups = series("Group meeting", MeetingKind.GROUP_MEETING, Recurrence.weekly(6, groupFrom),
                LocalTime.of(18, 30), LocalTime.of(20, 30), 5, groupBody, null, "Dalesborough Community Hall, Bridge Street",
                "Step-free; quiet room available; travel costs can be claimed.", "Group chair (elected)");
        story(groups, orgs, new String[][] {{"District issues from the forums", "DISCUSSION"}, {"Trust board place: report", "INFORMATION"},
                {"Response to the early help consultation", "DECISION"}});
        AgendaRound round = new AgendaRound("Winter round of locality forums", coordinator.getId(), now);
        em.persist(round);
        em.flush();
        AgendaItem p1a = new AgendaItem(null, round.getId(), AgendaItem.PART_ONE, 1, "Early help consultation: the county proposals", Purpose.DISCUSSION, now);
        p1a.setPresenter("Sam Carter (co-ordinator)");
        p1a.setMinutesAllowed(30);
        AgendaItem p1b = new AgendaItem(null, round.getId(), AgendaItem.PART_ONE, 2, "Funding news and the training programme", Purpose.INFORMATION, now);
        p1b.setMinutesAllowed(15);
        em.persist(p1a);
        em.persist(p1b);
        PartnershipBody firstForum = body("Locality forum: " + districts.get(0).getName());
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            boolean saturday = i % 2 == 0;
            LocalDate first = today.minusWeeks(11).with(TemporalAdjusters.nextOrSame(saturday ? DayOfWeek.SATURDAY : DayOfWeek.values()[i % 4]));
            List<Meeting> forums = series(d.getName() + " locality forum", MeetingKind.LOCALITY_FORUM, Recurrence.weekly(6, first),
                    saturday ? LocalTime.of(10, 0) : LocalTime.of(18, 30), saturday ? LocalTime.of(12, 0) : LocalTime.of(20, 0), 4,
                    i == 0 ? firstForum : null, d, d.getName() + " Family Centre", "Step-free; crèche on request (book a week ahead).", null);
            Meeting next = forums.stream().filter(m -> m.getStartsAt().isAfter(now)).findFirst().orElseThrow();
            next.setRoundId(round.getId());
            AgendaItem local = item(next, 1, d.getName() + ": transport to holiday clubs", Purpose.DISCUSSION, "District representative", 20);
            local.setNotes("Families in the outlying villages cannot reach the summer schemes.");
            if (i == 0) {
                escalated(local, next, groups);
                Meeting past = forums.get(0);
                past.setChairName("District representative A");
                item(past, 1, "Youth club closures in " + d.getName(), Purpose.DISCUSSION, null, 30);
                approvedMinutes(past, forums.get(1), orgs, "Youth club closures in " + d.getName());
                apologiesAndSubmission(next);
            }
        }
        themedMeetings(orgs);
        Account officer = account("development@example.org");
        Meeting reps = meeting("Representatives' meeting with the development officer", MeetingKind.REPRESENTATIVES,
                nextWeekday(today.plusDays(8), DayOfWeek.TUESDAY), LocalTime.of(19, 0), LocalTime.of(20, 30), "Online", null);
        reps.setVenueName(null);
        reps.setOnlineLink("https://meet.example.org/dalesborough-reps");
        reps.setOrganiserId(officer.getId());
        reps.setChairId(officer.getId());
        reps.setChairName(officer.getDisplayName());
        persist(reps);
        item(reps, 1, "Round the bodies: what is coming up at each", Purpose.INFORMATION, null, 30);
        item(reps, 2, "Support with report-backs", Purpose.DISCUSSION, officer.getDisplayName(), 20);
    }

    /**
     * Thematic meetings shown by theme: one on a theme of the demo volunteer's organisation's work (they see it in My
     * meetings, saying why), one on a theme it does not work on (they do not, unless they follow it).
     */
    private void themedMeetings(List<Organisation> orgs) {
        java.util.Map<Long, String> all = themes.all();
        java.util.Map<Long, String> theirs = themes.ofOrganisation(volunteer.getOrganisationId());
        Long matching = theirs.keySet().stream().findFirst().orElse(all.keySet().iterator().next());
        Long other = all.keySet().stream().filter(id -> !theirs.containsKey(id)).findFirst().orElse(null);
        Meeting mine = meeting("Working together on " + all.get(matching).toLowerCase(java.util.Locale.ROOT) + " support", MeetingKind.THEMATIC,
                nextWeekday(today.plusDays(15), DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Dalesborough Library, Meeting Room", "Step-free; hearing loop.");
        mine.setTheme(all.get(matching));
        mine.setThemeTermId(matching);
        persist(mine);
        item(mine, 1, "What each group offers, and the gaps", Purpose.DISCUSSION, null, 45);
        if (other != null) {
            Meeting theirsNot = meeting("Thematic meeting: " + all.get(other).toLowerCase(java.util.Locale.ROOT), MeetingKind.THEMATIC,
                    nextWeekday(today.plusDays(20), DayOfWeek.WEDNESDAY), LocalTime.of(18, 30), LocalTime.of(20, 0),
                    "Dalesborough Community Hall, Bridge Street", "Step-free.");
            theirsNot.setTheme(all.get(other));
            theirsNot.setThemeTermId(other);
            persist(theirsNot);
            item(theirsNot, 1, "Sharing what works", Purpose.DISCUSSION, null, 40);
        }
    }

    private void themed(Meeting m, String themeLabel, String topic) {
        themes.all().forEach((id, label) -> {
            if (label.equalsIgnoreCase(themeLabel)) m.setThemeTermId(id);
        });
        m.setTheme(topic);
    }

    /** Harbourton: fortnightly forum meetings, an independent chair, report-backs from every body the forum sits on. */
    private void forum(List<Organisation> orgs) {
        PartnershipBody forumBody = body("The Forum");
        LocalDate first = today.minusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<Meeting> ms = series("Forum meeting", MeetingKind.NETWORK_MEETING, Recurrence.fortnightly(first),
                LocalTime.of(9, 30), LocalTime.of(11, 30), 8, forumBody, null, "Harbourton Voluntary Action, 3 Quay Road",
                "Step-free; large-print agendas on request.", "Pat Okafor (independent chair)");
        story(ms, orgs, new String[][] {{"Report back: Children's Trust Executive Group", "INFORMATION"},
                {"Report back: Local Strategic Partnership", "INFORMATION"}, {"Report back: Local Safeguarding Children Board", "INFORMATION"},
                {"Report back: Health and Wellbeing Board", "INFORMATION"}, {"Asks of the sector: school holiday food", "DISCUSSION"}});
        // the consortium that bids for contracts together meets its members every two months
        List<Meeting> consortium = series("Consortium members' meeting", MeetingKind.CONSORTIUM, Recurrence.weekly(8,
                        today.minusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))), LocalTime.of(13, 30), LocalTime.of(15, 0), 3,
                null, null, "Harbourton Voluntary Action, 3 Quay Road", "Step-free.", "Pat Okafor (independent chair)");
        for (Meeting m : consortium) {
            item(m, 1, "Tender: family support in the harbour wards", Purpose.DECISION, "Consortium lead", 40);
            item(m, 2, "Members' capacity for the next bid", Purpose.DISCUSSION, null, 20);
        }
        // called at a week's notice, about one estate: an ad hoc local meeting
        Meeting adHoc = meeting("Westcliff estate: after the youth club fire", MeetingKind.AD_HOC_LOCAL, nextWeekday(today.plusDays(5), DayOfWeek.THURSDAY),
                LocalTime.of(18, 0), LocalTime.of(19, 30), "Westcliff Community Centre", "Step-free; children welcome.");
        adHoc.setGuests("Neighbourhood police sergeant; housing association officer");
        persist(adHoc);
        item(adHoc, 1, "Where the young people can go meanwhile", Purpose.DISCUSSION, null, 40);
        item(adHoc, 2, "Offers of rooms and volunteers", Purpose.INFORMATION, null, 20);
        apologiesAndSubmission(adHoc);
    }

    // ------------------------------------------------------------------ the shared story

    /**
     * The most recent two past meetings: the earlier has approved minutes (approved at the later) with actions, one of
     * them overdue; the later's minutes are circulated. The next meeting has its agenda, apologies and an item sent in by a
     * member who cannot come, with a written comment.
     */
    private void story(List<Meeting> ms, List<Organisation> orgs, String[][] items) {
        List<Meeting> past = ms.stream().filter(m -> m.getEndsAt().isBefore(now)).toList();
        Meeting next = ms.stream().filter(m -> m.getStartsAt().isAfter(now)).findFirst().orElseThrow();
        for (Meeting m : ms) {
            int pos = 1;
            for (String[] it : items) item(m, pos++, it[0], Purpose.valueOf(it[1]), it[0].startsWith("Report back") ? "Representative" : null, 20);
        }
        if (past.size() >= 2) {
            Meeting older = past.get(past.size() - 2);
            Meeting recent = past.get(past.size() - 1);
            approvedMinutes(older, recent, orgs, items[0][0]);
            Minutes draft = minutes(recent, items, "Draft: the group discussed ");
            draft.circulate(now.minus(Duration.ofDays(2)));
            revision(recent, draft);
            register(recent);
        }
        apologiesAndSubmission(next);
    }

    private void approvedMinutes(Meeting m, Meeting approvedAt, List<Organisation> orgs, String firstItem) {
        Minutes x = minutes(m, new String[][] {{firstItem}}, "Members discussed ");
        x.circulate(m.getEndsAt().plus(Duration.ofDays(3)));
        revision(m, x);
        x.approve(approvedAt.getId(), "Sam Carter (co-ordinator)", approvedAt.getEndsAt());
        x.setOpenToPublic(true);
        em.persist(new MeetingAction(m.getId(), null, "Write to the county about the effect on small groups", coordinator.getId(), null,
                coordinator.getDisplayName(), m.getMeetsOn().plusDays(21), m.getEndsAt()));
        MeetingAction overdue = new MeetingAction(m.getId(), null, "Share the holiday club survey results with the forum", null,
                orgs.get(0).getId(), orgs.get(0).getName(), m.getMeetsOn().plusDays(10), m.getEndsAt());
        em.persist(overdue);
        MeetingAction done = new MeetingAction(m.getId(), null, "Circulate the consultation dates", rep.getId(), null, rep.getDisplayName(),
                m.getMeetsOn().plusDays(7), m.getEndsAt());
        done.setStatus(MeetingAction.Status.DONE, m.getMeetsOn().plusDays(5));
        em.persist(done);
        em.flush();
        revision(m, x);
    }

    private Minutes minutes(Meeting m, String[][] items, String lead) {
        Minutes x = new Minutes(m.getId(), m.getEndsAt());
        em.persist(x);
        em.flush();
        for (AgendaItem i : ownItems(m)) {
            MinuteEntry e = new MinuteEntry(x.getId(), i.getId());
            e.setSummary(lead + i.getTitle().toLowerCase() + ". Several small groups said they had not been asked before, and wanted a say.");
            e.setDecisions(i.getPurpose() == Purpose.DECISION ? "Agreed, with the changes members asked for." : null);
            em.persist(e);
        }
        em.flush();
        return x;
    }

    private void revision(Meeting m, Minutes x) {
        em.flush();
        int rev = x.nextRevision(now);
        em.persist(new MinutesRevision(x.getId(), rev, x.getState(), minutesBook.plain(m, x), "Sam Carter (co-ordinator)", now));
    }

    private void register(Meeting m) {
        em.persist(new Attendee(m.getId(), coordinator.getId(), coordinator.getDisplayName(), null, coordinator.getDisplayName(), m.getStartsAt()));
        em.persist(new Attendee(m.getId(), rep.getId(), rep.getDisplayName(), name(rep), coordinator.getDisplayName(), m.getStartsAt()));
        em.persist(new Attendee(m.getId(), null, "Councillor J. Patel (guest)", "County Council", coordinator.getDisplayName(), m.getStartsAt()));
    }

    /** Apologies from the organisation admin; the volunteer cannot come, so sends in an item and a comment. */
    private void apologiesAndSubmission(Meeting next) {
        em.persist(new MeetingResponse(next.getId(), orgAdmin.getId(), MeetingResponse.Answer.APOLOGIES, "At a funder's visit that day.", now));
        em.persist(new MeetingResponse(next.getId(), rep.getId(), MeetingResponse.Answer.ATTENDING, null, now));
        em.persist(new MeetingResponse(next.getId(), volunteer.getId(), MeetingResponse.Answer.APOLOGIES, "I work on that day.", now));
        AgendaItem sent = new AgendaItem(next.getId(), null, next.getRoundId() != null ? AgendaItem.PART_TWO : AgendaItem.ORDINARY, 20,
                "Volunteer DBS checks are taking months", Purpose.DISCUSSION, now);
        sent.setStatus(AgendaItem.Status.SUBMITTED);
        sent.setSubmittedBy(volunteer.getId());
        sent.setNotes("Our playgroup has two volunteers waiting. Is anyone else seeing this? I can't come, but please raise it.");
        sent.note(today + ": sent in by " + volunteer.getDisplayName() + ".");
        em.persist(sent);
        em.flush();
        AgendaItem first = ownItems(next).stream().filter(i -> i.getStatus() == AgendaItem.Status.AGENDA).findFirst().orElse(null);
        if (first != null) {
            em.persist(new AgendaComment(first.getId(), volunteer.getId(),
                    "I can't be there: please note that small groups need at least four weeks to respond to anything.", now));
        }
    }

    private void escalated(AgendaItem local, Meeting forum, List<Meeting> groups) {
        Meeting group = groups.stream().filter(g -> g.getStartsAt().isAfter(forum.getStartsAt())).findFirst().orElse(null);
        if (group == null) return;
        AgendaItem up = org.acorn.meetings.agenda.Escalation.copyFor(local, forum, group, 10, "Sam Carter (co-ordinator)", today, now);
        em.persist(up);
        em.flush();
        local.setEscalatedToId(up.getId());
        local.note(today + ": escalated to " + group.getTitle() + " (" + group.getMeetsOn() + ") by Sam Carter (co-ordinator).");
    }

    // ------------------------------------------------------------------ helpers

    private List<Meeting> series(String title, MeetingKind kind, Recurrence rule, LocalTime start, LocalTime end, int count,
                                 PartnershipBody body, District district, String venue, String access, String chair) {
        MeetingSeries s = new MeetingSeries(title, kind, rule, start, end, now);
        if (body != null) s.setBodyId(body.getId());
        if (district != null) s.setDistrictId(district.getId());
        em.persist(s);
        em.flush();
        List<Meeting> out = new ArrayList<>();
        for (LocalDate d : rule.dates(rule.first(), count)) {
            Meeting m = meeting(title, kind, d, start, end, venue, access);
            m.setSeriesId(s.getId());
            m.setChairName(chair);
            if (body != null) m.setBodyId(body.getId());
            if (district != null) m.setDistrictId(district.getId());
            persist(m);
            out.add(m);
        }
        return out;
    }

    private Meeting meeting(String title, MeetingKind kind, LocalDate d, LocalTime start, LocalTime end, String venue, String access) {
        Meeting m = new Meeting(Tokens.newPublicId() + "@acorn-meetings", title, kind, Recurrence.at(d, start), Recurrence.at(d, end), now);
        m.setVenueName(venue);
        m.setAccessibility(access);
        m.setOrganiserId(coordinator.getId());
        m.setMinuteTakerId(coordinator.getId());
        return m;
    }

    private void persist(Meeting m) {
        em.persist(m);
        em.flush();
        if (m.getBodyId() != null) {
            BodyMeeting bm = em.createQuery("select b from BodyMeeting b where b.bodyId = :b and b.meetsOn = :d", BodyMeeting.class)
                    .setParameter("b", m.getBodyId()).setParameter("d", m.getMeetsOn()).getResultStream().findFirst().orElse(null);
            if (bm == null) {
                bm = new BodyMeeting(m.getBodyId(), m.getMeetsOn(), m.getTitle(), now);
                em.persist(bm);
                em.flush();
            }
            m.setBodyMeetingId(bm.getId());
        }
    }

    private AgendaItem item(Meeting m, int pos, String title, Purpose purpose, String presenter, Integer minutes) {
        AgendaItem i = new AgendaItem(m.getId(), null, m.getRoundId() != null ? AgendaItem.PART_TWO : AgendaItem.ORDINARY, pos, title, purpose, now);
        i.setPresenter(presenter);
        i.setMinutesAllowed(minutes);
        em.persist(i);
        return i;
    }

    private List<AgendaItem> ownItems(Meeting m) {
        return em.createQuery("select i from AgendaItem i where i.meetingId = :m order by i.position", AgendaItem.class)
                .setParameter("m", m.getId()).getResultList();
    }

    private static LocalDate nextWeekday(LocalDate from, DayOfWeek day) { return from.with(TemporalAdjusters.nextOrSame(day)); }

    private PartnershipBody body(String name) {
        return em.createQuery("select b from PartnershipBody b where b.name = :n", PartnershipBody.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email).getSingleResult();
    }

    private String name(Account a) {
        Organisation o = a.getOrganisationId() == null ? null : em.find(Organisation.class, a.getOrganisationId());
        return o == null ? null : o.getName();
    }
}
