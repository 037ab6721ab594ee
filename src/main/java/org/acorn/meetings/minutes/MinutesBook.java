package org.acorn.meetings.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.meetings.Distribution;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingAccess;
import org.acorn.meetings.MeetingMail;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.agenda.AgendaAssembly;
import org.acorn.meetings.agenda.Agendas;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.search.IndexEvents;

/**
 * Minutes taken against the agenda, item by item: draft → circulated for comment → approved at a later meeting.
 * Every save keeps a revision of the whole text; once approved the minutes are frozen and published (to members,
 * or to everyone when marked public) and found by the site search.
 */
@ApplicationScoped
public class MinutesBook {

    public static final String INDEX_KIND = "minutes";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject MeetingAccess access;
    @Inject Meetings meetings;
    @Inject Agendas agendas;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject MeetingMail mail;
    @Inject Distribution distribution;
    @Inject IndexEvents index;
    @Inject org.acorn.platform.security.Throttle throttle;

    /** What was typed for one item. */
    public record Entry(String summary, String decisions) { }

    @Transactional
    public Optional<Minutes> of(Long meetingId) {
        return em.createQuery("select m from Minutes m where m.meetingId = :m", Minutes.class).setParameter("m", meetingId)
                .getResultStream().findFirst();
    }

    /** Whether the caller may read these minutes: approved ones by the meeting's audience, drafts by members. */
    @Transactional
    public boolean mayRead(Meeting m, Minutes minutes) {
        if (minutes == null || m == null) return false;
        if (minutes.isApproved() && minutes.isOpenToPublic()) return true;
        return access.maySee(m) && access.isMember();
    }

    @Transactional
    public Map<Long, MinuteEntry> entries(Long minutesId) {
        Map<Long, MinuteEntry> out = new java.util.LinkedHashMap<>();
        em.createQuery("select e from MinuteEntry e where e.minutesId = :m", MinuteEntry.class).setParameter("m", minutesId)
                .getResultList().forEach(e -> out.put(e.getItemId(), e));
        return out;
    }

    @Transactional
    public List<MinutesRevision> revisions(Long minutesId) {
        return em.createQuery("select r from MinutesRevision r where r.minutesId = :m order by r.revision desc", MinutesRevision.class)
                .setParameter("m", minutesId).getResultList();
    }

    /**
     * Saves the minutes (creating them at the first save). Refused once approved: the approved text is the record,
     * and a correction is made in the next meeting's minutes.
     */
    @Transactional
    public Minutes save(Long meetingId, Long expectedVersion, Map<Long, Entry> byItem, boolean openToPublic) {
        Account me = caller.require();
        Meeting m = runnable(meetingId);
        Minutes minutes = of(meetingId).orElse(null);
        if (minutes != null && minutes.isApproved()) {
            throw InvalidInput.of("These minutes were approved on " + minutes.getApprovedAt().atZone(org.acorn.meetings.series.Recurrence.LONDON).toLocalDate()
                    + " and can no longer be changed. Record any correction in the minutes of the next meeting. Your text has not been saved; copy it from the form below.");
        }
        if (minutes != null && expectedVersion != null && minutes.getVersion() != expectedVersion) {
            throw InvalidInput.of("Someone else saved these minutes while you were writing. Your text is still in the form; copy it, reload and add it again.");
        }
        Checks c = new Checks();
        List<AgendaAssembly.Section> agenda = agendas.agenda(m);
        java.util.Set<Long> itemIds = new java.util.HashSet<>();
        agenda.forEach(s -> s.lines().forEach(l -> itemIds.add(l.item().getId())));
        byItem.forEach((id, e) -> {
            c.check(itemIds.contains(id), "item" + id, "That item is not on this meeting's agenda.");
            c.text("summary" + id, e.summary(), 20000, false, "the summary");
            c.text("decisions" + id, e.decisions(), 20000, false, "the decisions");
        });
        c.check(m.getStartsAt().isBefore(clock.instant()), "minutes", "Minutes are written once the meeting has started.");
        c.done();
        if (minutes == null) {
            minutes = new Minutes(meetingId, clock.instant());
            em.persist(minutes);
            em.flush();
        }
        minutes.setOpenToPublic(openToPublic);
        Map<Long, MinuteEntry> entries = entries(minutes.getId());
        for (Map.Entry<Long, Entry> e : byItem.entrySet()) {
            MinuteEntry entry = entries.get(e.getKey());
            if (entry == null) {
                entry = new MinuteEntry(minutes.getId(), e.getKey());
                em.persist(entry);
                entries.put(e.getKey(), entry);
            }
            entry.setSummary(blankToNull(e.getValue().summary()));
            entry.setDecisions(blankToNull(e.getValue().decisions()));
        }
        em.flush();
        revise(minutes, m, me);
        audit.record("meeting.minutes.saved", Meetings.target(m), "revision " + minutes.getRevision());
        return minutes;
    }

    /** Sends the draft to the distribution list for comment. */
    @Transactional
    public Minutes circulate(Long meetingId) {
        Account me = caller.require();
        Meeting m = runnable(meetingId);
        Minutes minutes = of(meetingId).orElseThrow(() -> InvalidInput.of("Write the minutes before circulating them."));
        if (minutes.getState() != Minutes.State.DRAFT) throw InvalidInput.of("These minutes have already been " + minutes.getState().getLabel().toLowerCase() + ".");
        minutes.circulate(clock.instant());
        revise(minutes, m, me);
        mail.minutes(m, "circulated", minutes.getRevision(), plain(m, minutes), distribution.recipients(m));
        audit.record("meeting.minutes.circulated", Meetings.target(m), "revision " + minutes.getRevision());
        return minutes;
    }

    /** Approval is recorded at a later meeting; the text is frozen, published and indexed. */
    @Transactional
    public Minutes approve(Long meetingId, Long atMeetingId) {
        Account me = caller.require();
        Meeting m = runnable(meetingId);
        Minutes minutes = of(meetingId).orElseThrow(() -> InvalidInput.of("There are no minutes to approve yet."));
        if (minutes.isApproved()) throw InvalidInput.of("These minutes are already approved.");
        if (minutes.getState() != Minutes.State.CIRCULATED) throw InvalidInput.of("Circulate the draft for comment before it is approved.");
        Meeting at = atMeetingId == null ? null : meetings.find(atMeetingId).orElse(null);
        if (at == null || !at.getStartsAt().isAfter(m.getStartsAt())) {
            throw new InvalidInput("approvedAt", "Choose the later meeting at which the minutes were approved.");
        }
        minutes.approve(at.getId(), me.getDisplayName(), clock.instant());
        revise(minutes, m, me);
        index.changed(INDEX_KIND, String.valueOf(minutes.getId()));
        mail.minutes(m, "approved", minutes.getRevision(), plain(m, minutes), distribution.recipients(m));
        audit.record("meeting.minutes.approved", Meetings.target(m), "at " + at.getTitle() + " " + at.getMeetsOn());
        return minutes;
    }

    // ------------------------------------------------------------------ comments on the circulated draft

    /** A comment with its writer and the item it is on (null: the minutes as a whole). */
    public record Comment(String author, String itemTitle, MinutesComment comment) {
        public String getAuthor() { return author; }
        public String getItemTitle() { return itemTitle; }
        public MinutesComment getComment() { return comment; }
    }

    /**
     * A member who may read the circulated draft comments on it (an item of it, or the whole): the minute-taker and
     * chair see it beside the draft. Closed before circulation and once approved.
     */
    @Transactional
    public MinutesComment comment(Long meetingId, Long itemId, String text) {
        Account me = caller.require();
        Meeting m = meetings.find(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        Minutes minutes = of(meetingId).orElse(null);
        if (minutes == null || !mayRead(m, minutes) || !access.isMember()) throw new AccessDenied("Only members who may read the draft comment on it.");
        Checks c = new Checks();
        String body = c.text("text", text, 4000, true, "your comment");
        c.check(minutes.getState() == Minutes.State.CIRCULATED, "text", minutes.isApproved()
                ? "These minutes are approved: comments are closed. Raise anything further at the next meeting."
                : "The draft has not been circulated for comment yet.");
        if (itemId != null) {
            java.util.Set<Long> onAgenda = new java.util.HashSet<>();
            agendas.agenda(m).forEach(s -> s.lines().forEach(l -> onAgenda.add(l.item().getId())));
            c.check(onAgenda.contains(itemId), "item", "Choose an item of these minutes, or the minutes as a whole.");
        }
        c.done();
        if (!access.mayRun(m)) {
            String who = String.valueOf(me.getId());
            if (throttle.exceeded("meetings-input", "account", who)) {
                throw new InvalidInput("text", "You have sent a lot in a short time. Please wait a few minutes and try again.");
            }
            throttle.count("meetings-input", "account", who);
        }
        MinutesComment x = new MinutesComment(minutes.getId(), itemId, me.getId(), minutes.getRevision(), body, clock.instant());
        em.persist(x);
        audit.record("meeting.minutes.comment", Meetings.target(m), "on revision " + minutes.getRevision());
        return x;
    }

    /** Comments on the minutes, oldest first: all of them for who runs the meeting, otherwise the caller's own. */
    @Transactional
    public List<Comment> comments(Meeting m, Minutes minutes) {
        if (minutes == null) return List.of();
        boolean all = access.mayRun(m);
        Long me = caller.account().map(Account::getId).orElse(null);
        if (!all && me == null) return List.of();
        Map<Long, String> titles = new java.util.HashMap<>();
        agendas.agenda(m).forEach(s -> s.lines().forEach(l -> titles.put(l.item().getId(), l.number() + ". " + l.item().getTitle())));
        jakarta.persistence.TypedQuery<Object[]> q = em.createQuery("select c, a.displayName from MinutesComment c, Account a"
                        + " where a.id = c.accountId and c.minutesId = :m" + (all ? "" : " and c.accountId = :me") + " order by c.createdAt, c.id", Object[].class)
                .setParameter("m", minutes.getId());
        if (!all) q.setParameter("me", me);
        return q
                .getResultList().stream().map(r -> {
                    MinutesComment c = (MinutesComment) r[0];
                    return new Comment((String) r[1], c.getItemId() == null ? "The minutes as a whole" : titles.getOrDefault(c.getItemId(), "An item since removed"), c);
                }).toList();
    }

    /** Later meetings at which minutes can be approved: the same series first, then any. */
    @Transactional
    public List<Meeting> laterMeetings(Meeting m) {
        List<Meeting> later = em.createQuery("select x from Meeting x where x.startsAt > :s and x.status = :st order by x.startsAt", Meeting.class)
                .setParameter("s", m.getStartsAt()).setParameter("st", Meeting.Status.SCHEDULED).setMaxResults(40).getResultList();
        return later.stream().sorted(java.util.Comparator.comparing((Meeting x) -> java.util.Objects.equals(x.getSeriesId(), m.getSeriesId())
                        && m.getSeriesId() != null ? 0 : 1)).limit(12).toList();
    }

    private void revise(Minutes minutes, Meeting m, Account me) {
        int rev = minutes.nextRevision(clock.instant());
        em.persist(new MinutesRevision(minutes.getId(), rev, minutes.getState(), plain(m, minutes), me.getDisplayName(), clock.instant()));
    }

    /** The minutes as plain text (Markdown as typed): for email, revisions and search. */
    @Transactional
    public String plain(Meeting m, Minutes minutes) {
        Map<Long, MinuteEntry> entries = entries(minutes.getId());
        StringBuilder b = new StringBuilder("Minutes: ").append(m.getTitle()).append(", ").append(m.getWhen()).append("\n");
        for (AgendaAssembly.Section s : agendas.agenda(m)) {
            for (AgendaAssembly.Line l : s.lines()) {
                MinuteEntry e = entries.get(l.item().getId());
                b.append("\n").append(l.number()).append(". ").append(l.item().getTitle()).append("\n");
                if (e != null && e.getSummary() != null) b.append(e.getSummary()).append("\n");
                if (e != null && e.getDecisions() != null) b.append("Decided: ").append(e.getDecisions()).append("\n");
            }
        }
        List<MeetingAction> actions = em.createQuery("select a from MeetingAction a where a.meetingId = :m order by a.id", MeetingAction.class)
                .setParameter("m", m.getId()).getResultList();
        if (!actions.isEmpty()) {
            b.append("\nActions\n");
            actions.forEach(a -> b.append("- ").append(a.getDescription()).append(" (").append(a.getOwnerName()).append(", by ").append(a.getDueOn()).append(")\n"));
        }
        return b.toString();
    }

    private Meeting runnable(Long meetingId) {
        caller.require();
        Meeting m = meetings.find(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's chair, minute-taker, organiser or network staff can write its minutes.");
        return m;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    public static AuditLog.Target target(Minutes m) { return new AuditLog.Target("minutes", m.getId(), "minutes " + m.getMeetingId()); }
}
