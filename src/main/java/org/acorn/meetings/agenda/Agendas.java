package org.acorn.meetings.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingAccess;
import org.acorn.meetings.MeetingKind;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.MeetingsSettings;
import org.acorn.meetings.minutes.Minutes;
import org.acorn.meetings.series.Recurrence;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.files.FileStore;
import org.acorn.platform.files.StoredFile;
import org.acorn.platform.files.UploadRules;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Throttle;

/**
 * Agendas: items and their papers, two-part locality forum rounds, escalation of part 2 items to the next
 * group meeting, and what members send in without attending (items and comments), which the chair sees.
 */
@ApplicationScoped
public class Agendas {

    public static final String PAPER_KIND = "meeting-paper";
    static final String THROTTLE = "meetings-input";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject MeetingAccess access;
    @Inject Meetings meetings;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject FileStore files;
    @Inject MeetingsSettings settings;
    @Inject Throttle throttle;
    @Inject org.acorn.meetings.MeetingMail mail;
    @Inject org.acorn.meetings.Distribution distribution;

    /** The agenda as the meeting will take it, numbered. */
    @Transactional
    public List<AgendaAssembly.Section> agenda(Meeting m) {
        List<AgendaItem> roundItems = m.getRoundId() == null ? List.of()
                : em.createQuery("select i from AgendaItem i where i.roundId = :r", AgendaItem.class).setParameter("r", m.getRoundId()).getResultList();
        String district = m.getDistrictId() == null ? null : em.find(District.class, m.getDistrictId()).getName();
        return AgendaAssembly.assemble(m.getRoundId() != null, district, roundItems, ownItems(m.getId()));
    }

    @Transactional
    public List<AgendaItem> ownItems(Long meetingId) {
        return em.createQuery("select i from AgendaItem i where i.meetingId = :m order by i.part, i.position, i.id", AgendaItem.class)
                .setParameter("m", meetingId).getResultList();
    }

    /** Items members sent in that the chair has not yet taken onto the agenda. */
    @Transactional
    public List<AgendaItem> submissions(Long meetingId) {
        return ownItems(meetingId).stream().filter(i -> i.getStatus() == AgendaItem.Status.SUBMITTED).toList();
    }

    @Transactional
    public AgendaItem item(Long id) {
        AgendaItem i = id == null ? null : em.find(AgendaItem.class, id);
        if (i == null) throw InvalidInput.of("That agenda item no longer exists.");
        return i;
    }

    // ------------------------------------------------------------------ items

    /** The organiser, chair or staff add an item (part 2 on a round's forum, otherwise an ordinary one). */
    @Transactional
    public AgendaItem add(Long meetingId, ItemForm form) {
        Meeting m = runnable(meetingId);
        Checked c = check(form);
        int part = m.getRoundId() != null ? AgendaItem.PART_TWO : AgendaItem.ORDINARY;
        AgendaItem i = new AgendaItem(m.getId(), null, part, nextPosition(m.getId(), null), c.title, form.purpose, clock.instant());
        fill(i, form, c);
        em.persist(i);
        em.flush();
        audit.record("meeting.item.added", Meetings.target(m), c.title);
        return i;
    }

    /** A co-ordinator's two-part round: the district forums it covers share part 1. */
    @Transactional
    public AgendaRound createRound(String title, List<Long> forumMeetingIds) {
        Account me = caller.requireStaff();
        Checks c = new Checks();
        String t = c.text("roundTitle", title, 200, true, "a title for the round");
        List<Meeting> forums = new ArrayList<>();
        for (Long id : forumMeetingIds == null ? List.<Long>of() : forumMeetingIds) {
            Meeting m = meetings.find(id).orElse(null);
            if (m == null || m.getKind() != MeetingKind.LOCALITY_FORUM || m.isCancelled()) {
                c.fail("forums", "Choose district locality forums that are still to meet.");
            } else if (m.getRoundId() != null) {
                c.fail("forums", m.getTitle() + " on " + m.getMeetsOn() + " is already in a round.");
            } else {
                forums.add(m);
            }
        }
        if (forums.isEmpty()) c.fail("forums", "Choose at least one district forum for the round.");
        c.done();
        AgendaRound r = new AgendaRound(t, me.getId(), clock.instant());
        em.persist(r);
        em.flush();
        for (Meeting m : forums) {
            m.setRoundId(r.getId());
            // the forum's own items become its part 2
            em.createQuery("update AgendaItem i set i.part = 2 where i.meetingId = :m").setParameter("m", m.getId()).executeUpdate();
        }
        audit.record("meeting.round.created", new AuditLog.Target("agenda_round", r.getId(), t), forums.size() + " district forums");
        return r;
    }

    @Transactional
    public AgendaItem addToRound(Long roundId, ItemForm form) {
        caller.requireStaff();
        AgendaRound r = roundId == null ? null : em.find(AgendaRound.class, roundId);
        if (r == null) throw InvalidInput.of("That round no longer exists.");
        Checked c = check(form);
        AgendaItem i = new AgendaItem(null, r.getId(), AgendaItem.PART_ONE, nextPosition(null, r.getId()), c.title, form.purpose, clock.instant());
        fill(i, form, c);
        em.persist(i);
        em.flush();
        audit.record("meeting.round.item", new AuditLog.Target("agenda_round", r.getId(), r.getTitle()), c.title);
        return i;
    }

    @Transactional
    public AgendaRound round(Long id) { return id == null ? null : em.find(AgendaRound.class, id); }

    @Transactional
    public List<AgendaRound> rounds() {
        return em.createQuery("select r from AgendaRound r order by r.id desc", AgendaRound.class).setMaxResults(20).getResultList();
    }

    @Transactional
    public List<AgendaItem> roundItems(Long roundId) {
        return em.createQuery("select i from AgendaItem i where i.roundId = :r order by i.position, i.id", AgendaItem.class)
                .setParameter("r", roundId).getResultList();
    }

    @Transactional
    public List<Meeting> roundMeetings(Long roundId) {
        return em.createQuery("select m from Meeting m where m.roundId = :r order by m.startsAt", Meeting.class)
                .setParameter("r", roundId).getResultList();
    }

    /** District forums still to meet that are not yet in a round, for the round page. */
    @Transactional
    public List<Meeting> forumsWithoutRound() {
        return em.createQuery("select m from Meeting m where m.kind = :k and m.roundId is null and m.status = :s and m.startsAt > :now"
                        + " order by m.startsAt", Meeting.class)
                .setParameter("k", MeetingKind.LOCALITY_FORUM).setParameter("s", Meeting.Status.SCHEDULED)
                .setParameter("now", clock.instant()).setMaxResults(60).getResultList();
    }

    /**
     * Takes a district forum's part 2 item to the next group meeting. The item there keeps the forum item's words and
     * history; the forum item shows where it went.
     */
    @Transactional
    public AgendaItem escalate(Long itemId) {
        Account me = caller.require();
        AgendaItem from = item(itemId);
        Meeting forum = from.getMeetingId() == null ? null : meetings.find(from.getMeetingId()).orElse(null);
        if (forum == null || !access.mayRun(forum)) throw new AccessDenied("Only the forum's chair, organiser or network staff can escalate its items.");
        if (from.getPart() != AgendaItem.PART_TWO) throw InvalidInput.of("Only a district forum's own (part 2) items can be escalated.");
        if (from.isEscalated()) throw InvalidInput.of("“" + from.getTitle() + "” has already been escalated.");
        List<Meeting> groups = em.createQuery("select m from Meeting m where m.kind = :k and m.startsAt > :after", Meeting.class)
                .setParameter("k", MeetingKind.GROUP_MEETING).setParameter("after", forum.getStartsAt()).getResultList();
        Meeting group = Escalation.nextGroupMeeting(groups, forum.getStartsAt()).orElseThrow(() ->
                InvalidInput.of("There is no group meeting scheduled after this forum yet. Schedule it, then escalate the item."));
        LocalDate today = LocalDate.now(clock.withZone(Recurrence.LONDON));
        AgendaItem to = Escalation.copyFor(from, forum, group, nextPosition(group.getId(), null), me.getDisplayName(), today, clock.instant());
        em.persist(to);
        em.flush();
        from.setEscalatedToId(to.getId());
        from.note(today + ": escalated to " + group.getTitle() + " (" + group.getMeetsOn() + ") by " + me.getDisplayName() + ".");
        audit.record("meeting.item.escalated", Meetings.target(group), from.getTitle() + " from " + forum.getTitle());
        return to;
    }

    // ------------------------------------------------------------------ changing items

    /**
     * Whether the caller may change an item now (and why not, as an exception): a meeting's own items by who runs
     * it, a round's part 1 items by staff; never once the meeting's minutes are approved (the agenda is then part
     * of the record), and only items on the agenda (members' submissions wait for the chair's decision).
     */
    @Transactional
    public void mayChange(AgendaItem i) {
        caller.require();
        List<Meeting> affected;
        if (i.getMeetingId() != null) {
            affected = List.of(runnable(i.getMeetingId()));
        } else {
            if (!caller.isStaff()) throw new AccessDenied("Only network staff change the part 1 items a round shares.");
            affected = roundMeetings(i.getRoundId());
        }
        if (i.getStatus() != AgendaItem.Status.AGENDA) throw InvalidInput.of("Take “" + i.getTitle() + "” onto the agenda before changing it.");
        for (Meeting m : affected) {
            long approved = em.createQuery("select count(x) from Minutes x where x.meetingId = :m and x.state = :s", Long.class)
                    .setParameter("m", m.getId()).setParameter("s", Minutes.State.APPROVED).getSingleResult();
            if (approved > 0) {
                throw InvalidInput.of("The minutes of " + m.getTitle() + " (" + m.getMeetsOn() + ") are approved, so its agenda is part of the record and can no longer be changed.");
            }
        }
    }

    /** Whether the caller may change the item, without saying why not (for showing the links). */
    @Transactional
    public boolean changeable(AgendaItem i) {
        try {
            mayChange(i);
            return true;
        } catch (InvalidInput | AccessDenied e) {
            return false;
        }
    }

    /** Corrects an item's title, purpose, presenter, time allowed and notes; every change is in the audit trail. */
    @Transactional
    public AgendaItem edit(Long itemId, ItemForm form) {
        AgendaItem i = item(itemId);
        mayChange(i);
        Checked c = check(form);
        Map<String, Object> before = view(i);
        i.setTitle(c.title());
        i.setPurpose(form.purpose);
        fill(i, form, c);
        String changes = AuditLog.changes(before, view(i));
        if (!changes.isEmpty()) audit.record("meeting.item.changed", itemTarget(i), changes);
        return i;
    }

    /** Moves an item one place up or down within its part; the others keep their order. */
    @Transactional
    public AgendaItem move(Long itemId, boolean up) {
        AgendaItem i = item(itemId);
        mayChange(i);
        List<AgendaItem> siblings = (i.getMeetingId() != null
                ? em.createQuery("select x from AgendaItem x where x.meetingId = :m and x.part = :p and x.status = :s order by x.position, x.id", AgendaItem.class)
                        .setParameter("m", i.getMeetingId()).setParameter("p", i.getPart())
                : em.createQuery("select x from AgendaItem x where x.roundId = :r and x.status = :s order by x.position, x.id", AgendaItem.class)
                        .setParameter("r", i.getRoundId()))
                .setParameter("s", AgendaItem.Status.AGENDA).getResultList();
        List<AgendaItem> order = new ArrayList<>(siblings);
        int k = order.indexOf(i);
        int j = up ? k - 1 : k + 1;
        if (j < 0 || j >= order.size()) throw InvalidInput.of("“" + i.getTitle() + "” is already " + (up ? "first." : "last."));
        java.util.Collections.swap(order, k, j);
        for (int n = 0; n < order.size(); n++) order.get(n).setPosition(n + 1);
        audit.record("meeting.item.moved", itemTarget(i), (up ? "up" : "down") + " to place " + (j + 1));
        return i;
    }

    /**
     * Staff move an item between a round's shared part 1 and one district forum's part 2 (target: the forum's
     * meeting id, or null for part 1 of the round the forum belongs to).
     */
    @Transactional
    public AgendaItem changePart(Long itemId, Long toForumId) {
        Account me = caller.requireStaff();
        AgendaItem i = item(itemId);
        mayChange(i);
        if (toForumId == null) {
            if (i.getPart() != AgendaItem.PART_TWO) throw new InvalidInput("place", "Only a district forum's part 2 item can be shared as part 1.");
            Meeting forum = runnable(i.getMeetingId());
            i.moveTo(null, forum.getRoundId(), AgendaItem.PART_ONE, nextPosition(null, forum.getRoundId()));
            i.note(today() + ": moved to part 1 of the round by " + me.getDisplayName() + " (was " + forum.getTitle() + "'s own).");
        } else {
            Meeting forum = meetings.find(toForumId).orElse(null);
            if (forum == null) throw new InvalidInput("place", "Choose a district forum of the round.");
            Long round = i.getRoundId() != null ? i.getRoundId() : meetings.find(i.getMeetingId()).map(Meeting::getRoundId).orElse(null);
            if (round == null || !round.equals(forum.getRoundId())) throw new InvalidInput("place", "Choose a district forum of the same round.");
            if (java.util.Objects.equals(i.getMeetingId(), forum.getId())) return i;
            i.moveTo(forum.getId(), null, AgendaItem.PART_TWO, nextPosition(forum.getId(), null));
            i.note(today() + ": moved to part 2 of " + forum.getTitle() + " (" + forum.getMeetsOn() + ") by " + me.getDisplayName() + ".");
        }
        audit.record("meeting.item.part", itemTarget(i), "part " + i.getPart());
        return i;
    }

    private LocalDate today() { return LocalDate.now(clock.withZone(Recurrence.LONDON)); }

    private static Map<String, Object> view(AgendaItem i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", i.getTitle());
        v.put("purpose", i.getPurpose());
        v.put("presenter", i.getPresenter());
        v.put("minutes allowed", i.getMinutesAllowed());
        v.put("notes", i.getNotes());
        return v;
    }

    static AuditLog.Target itemTarget(AgendaItem i) { return new AuditLog.Target("agenda_item", i.getId(), i.getTitle()); }

    // ------------------------------------------------------------------ input without attending

    /** A member sends in an item before the meeting; it waits for the chair. */
    @Transactional
    public AgendaItem submit(Long meetingId, ItemForm form) {
        Account me = caller.require();
        Meeting m = memberInput(meetingId, me);
        Checked c = check(form);
        int part = m.getRoundId() != null ? AgendaItem.PART_TWO : AgendaItem.ORDINARY;
        AgendaItem i = new AgendaItem(m.getId(), null, part, nextPosition(m.getId(), null), c.title, form.purpose, clock.instant());
        fill(i, form, c);
        i.setStatus(AgendaItem.Status.SUBMITTED);
        i.setSubmittedBy(me.getId());
        i.note(LocalDate.now(clock.withZone(Recurrence.LONDON)) + ": sent in by " + me.getDisplayName() + ".");
        em.persist(i);
        em.flush();
        return i;
    }

    /** The chair takes a submitted item onto the agenda, or declines it. */
    @Transactional
    public AgendaItem decide(Long itemId, boolean accept) {
        AgendaItem i = item(itemId);
        Meeting m = runnable(i.getMeetingId());
        if (i.getStatus() != AgendaItem.Status.SUBMITTED) throw InvalidInput.of("That item has already been dealt with.");
        i.setStatus(accept ? AgendaItem.Status.AGENDA : AgendaItem.Status.DECLINED);
        i.note(LocalDate.now(clock.withZone(Recurrence.LONDON)) + ": " + (accept ? "taken onto the agenda" : "not taken onto the agenda")
                + " by " + caller.getDisplayName() + ".");
        audit.record(accept ? "meeting.item.accepted" : "meeting.item.declined", Meetings.target(m), i.getTitle());
        return i;
    }

    /** A member's written view on an item, for when they cannot come. */
    @Transactional
    public AgendaComment comment(Long itemId, String text) {
        Account me = caller.require();
        AgendaItem i = item(itemId);
        Meeting m = i.getMeetingId() != null ? meetings.find(i.getMeetingId()).orElse(null) : null;
        if (m == null && i.getRoundId() == null) throw InvalidInput.of("That agenda item no longer exists.");
        if (m != null) memberInput(m.getId(), me);
        else if (!access.isMember()) throw new AccessDenied("Only members can comment on agenda items.");
        Checks c = new Checks();
        String body = c.text("comment", text, 4000, true, "your comment");
        c.done();
        AgendaComment x = new AgendaComment(i.getId(), me.getId(), body, clock.instant());
        em.persist(x);
        return x;
    }

    /** Comments on the meeting's items (and on its round's part 1 items), by item id, with the writer's name. */
    public record Comment(String author, AgendaComment comment) {
        public String getAuthor() { return author; }
        public AgendaComment getComment() { return comment; }
    }

    @Transactional
    public Map<Long, List<Comment>> comments(List<Long> itemIds) {
        Map<Long, List<Comment>> out = new LinkedHashMap<>();
        if (itemIds.isEmpty()) return out;
        em.createQuery("select c, a.displayName from AgendaComment c, Account a where a.id = c.accountId and c.itemId in :ids"
                        + " order by c.createdAt", Object[].class)
                .setParameter("ids", itemIds).getResultList()
                .forEach(r -> out.computeIfAbsent(((AgendaComment) r[0]).getItemId(), k -> new ArrayList<>())
                        .add(new Comment((String) r[1], (AgendaComment) r[0])));
        return out;
    }

    private Meeting memberInput(Long meetingId, Account me) {
        Meeting m = meetings.visible(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.isMember()) throw new AccessDenied("Only members can send in items and comments.");
        if (m.isCancelled()) throw InvalidInput.of("This meeting was cancelled.");
        if (!m.getStartsAt().isAfter(clock.instant())) throw InvalidInput.of("This meeting has started; items and comments close when it begins.");
        if (!access.mayRun(m)) {
            String who = String.valueOf(me.getId());
            if (throttle.exceeded(THROTTLE, "account", who)) {
                throw InvalidInput.of("You have sent a lot in a short time. Please wait a few minutes and try again.");
            }
            throttle.count(THROTTLE, "account", who);
        }
        return m;
    }

    // ------------------------------------------------------------------ papers

    /** A paper for an item: checked by content and size by the file store; nothing is kept if refused. */
    @Transactional
    public AgendaPaper attach(Long itemId, String fileName, InputStream content) {
        AgendaItem i = item(itemId);
        if (i.getMeetingId() != null) runnable(i.getMeetingId());
        else caller.requireStaff();
        StoredFile f = files.store(PAPER_KIND, fileName, content, UploadRules.documents(settings.paperMaxBytes()));
        AgendaPaper p = new AgendaPaper(i.getId(), f.getId(), clock.instant());
        em.persist(p);
        audit.record("meeting.paper.added", new AuditLog.Target("agenda_item", i.getId(), i.getTitle()), f.getFileName());
        return p;
    }

    /** Current papers (not superseded, not withdrawn) by item id. */
    @Transactional
    public Map<Long, List<StoredFile>> papers(List<Long> itemIds) {
        Map<Long, List<StoredFile>> out = new LinkedHashMap<>();
        if (itemIds.isEmpty()) return out;
        em.createQuery("select p.itemId, f from AgendaPaper p, StoredFile f where f.id = p.fileId and p.itemId in :ids"
                        + " and p.supersededById is null and p.withdrawnAt is null order by p.id", Object[].class)
                .setParameter("ids", itemIds).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((StoredFile) r[1]));
        return out;
    }

    /** A paper's row with its file, for listing every version (current, superseded, withdrawn). */
    public static class Paper {
        private final AgendaPaper paper;
        private final StoredFile file;
        Paper(AgendaPaper paper, StoredFile file) { this.paper = paper; this.file = file; }
        public AgendaPaper getPaper() { return paper; }
        public StoredFile getFile() { return file; }
        public Long getId() { return paper.getId(); }
        public boolean isCurrent() { return paper.isCurrent(); }
        public boolean isSuperseded() { return paper.isSuperseded(); }
        public boolean isWithdrawn() { return paper.isWithdrawn(); }
    }

    /** Every version of the items' papers, oldest first; withdrawn ones only when asked (for the meeting's runners). */
    @Transactional
    public Map<Long, List<Paper>> paperVersions(List<Long> itemIds, boolean withWithdrawn) {
        Map<Long, List<Paper>> out = new LinkedHashMap<>();
        if (itemIds.isEmpty()) return out;
        em.createQuery("select p, f from AgendaPaper p, StoredFile f where f.id = p.fileId and p.itemId in :ids order by p.id", Object[].class)
                .setParameter("ids", itemIds).getResultList().forEach(r -> {
                    AgendaPaper p = (AgendaPaper) r[0];
                    if (withWithdrawn || !p.isWithdrawn()) out.computeIfAbsent(p.getItemId(), k -> new ArrayList<>()).add(new Paper(p, (StoredFile) r[1]));
                });
        return out;
    }

    @Transactional
    public Paper paper(Long paperId) {
        AgendaPaper p = paperId == null ? null : em.find(AgendaPaper.class, paperId);
        if (p == null) throw InvalidInput.of("That paper no longer exists.");
        return new Paper(p, em.find(StoredFile.class, p.getFileId()));
    }

    /** Whether the caller may download a stored paper: whoever sees its meeting; a withdrawn one, only who runs it. */
    @Transactional
    public boolean mayReadFile(Long fileId) {
        List<AgendaPaper> rows = em.createQuery("select p from AgendaPaper p where p.fileId = :f", AgendaPaper.class)
                .setParameter("f", fileId).getResultList();
        for (AgendaPaper p : rows) {
            AgendaItem i = em.find(AgendaItem.class, p.getItemId());
            List<Meeting> ms = i.getMeetingId() != null ? meetings.find(i.getMeetingId()).stream().toList() : roundMeetings(i.getRoundId());
            if (ms.stream().anyMatch(m -> p.isWithdrawn() ? access.mayRun(m) : access.maySee(m))) return true;
        }
        return false;
    }

    /**
     * A new version of a paper: stored (checked by content and size), listed as current, and the old one kept and
     * listed as superseded, so what was read before the meeting can still be found.
     */
    @Transactional
    public AgendaPaper replacePaper(Long paperId, String fileName, InputStream content) {
        Account me = caller.require();
        AgendaPaper old = paper(paperId).getPaper();
        AgendaItem i = item(old.getItemId());
        mayChange(i);
        if (!old.isCurrent()) throw new InvalidInput("file", "That paper was already " + (old.isWithdrawn() ? "withdrawn" : "replaced") + "; replace the current version.");
        StoredFile f = files.store(PAPER_KIND, fileName, content, UploadRules.documents(settings.paperMaxBytes()));
        AgendaPaper p = new AgendaPaper(i.getId(), f.getId(), clock.instant());
        em.persist(p);
        em.flush();
        StoredFile was = em.find(StoredFile.class, old.getFileId());
        old.supersede(p.getId(), me.getDisplayName());
        audit.record("meeting.paper.replaced", itemTarget(i), was.getFileName() + " replaced by " + f.getFileName());
        return p;
    }

    /** Takes a paper off the agenda (sent in error, or no longer true); the runners still see it, marked withdrawn. */
    @Transactional
    public AgendaPaper withdrawPaper(Long paperId) {
        Account me = caller.require();
        AgendaPaper p = paper(paperId).getPaper();
        AgendaItem i = item(p.getItemId());
        mayChange(i);
        if (!p.isCurrent()) throw InvalidInput.of("That paper was already " + (p.isWithdrawn() ? "withdrawn." : "replaced by a newer version."));
        p.withdraw(me.getDisplayName(), clock.instant());
        audit.record("meeting.paper.withdrawn", itemTarget(i), em.find(StoredFile.class, p.getFileId()).getFileName());
        return p;
    }

    /** Publishes the agenda to the meeting's distribution list (again after changes). */
    @Transactional
    public int send(Long meetingId) {
        Meeting m = runnable(meetingId);
        if (m.isCancelled()) throw InvalidInput.of("This meeting was cancelled.");
        List<AgendaAssembly.Section> agenda = agenda(m);
        if (agenda.stream().allMatch(s -> s.lines().isEmpty())) throw InvalidInput.of("Add at least one item before sending the agenda.");
        int n = mail.agenda(m, agenda, distribution.recipients(m));
        m.setAgendaSentAt(clock.instant());
        audit.record("meeting.agenda.sent", Meetings.target(m), n + " recipients");
        return n;
    }

    // ------------------------------------------------------------------ helpers

    private record Checked(String title, Integer minutes) { }

    private Checked check(ItemForm form) {
        Checks c = new Checks();
        String title = c.text("itemTitle", form.title, 200, true, "the item's title");
        c.require("purpose", form.purpose, "Choose whether the item is for information, discussion or decision.");
        c.text("presenter", form.presenter, 160, false, "the presenter");
        c.text("notes", form.notes, 4000, false, "the notes");
        Integer minutes = null;
        if (form.minutesAllowed != null && !form.minutesAllowed.isBlank()) {
            String v = form.minutesAllowed.strip();
            if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 240) {
                c.fail("minutesAllowed", "Enter the time allowed in minutes, from 1 to 240.");
            } else {
                minutes = Integer.valueOf(v);
            }
        }
        c.done();
        return new Checked(title, minutes);
    }

    private static void fill(AgendaItem i, ItemForm form, Checked c) {
        i.setPresenter(form.presenter == null || form.presenter.isBlank() ? null : form.presenter.strip());
        i.setMinutesAllowed(c.minutes());
        i.setNotes(form.notes == null || form.notes.isBlank() ? null : form.notes.strip());
    }

    private Meeting runnable(Long meetingId) {
        caller.require();
        Meeting m = meetings.find(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's organiser, chair, minute-taker or network staff can change its agenda.");
        return m;
    }

    private int nextPosition(Long meetingId, Long roundId) {
        Integer max = meetingId != null
                ? em.createQuery("select max(i.position) from AgendaItem i where i.meetingId = :m", Integer.class).setParameter("m", meetingId).getSingleResult()
                : em.createQuery("select max(i.position) from AgendaItem i where i.roundId = :r", Integer.class).setParameter("r", roundId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
