package org.acorn.meetings.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.InvalidInput;
import org.acorn.directory.Organisation;
import org.acorn.governance.Checks;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingAccess;
import org.acorn.meetings.MeetingKind;
import org.acorn.meetings.MeetingMail;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.MeetingsSettings;
import org.acorn.meetings.series.Recurrence;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * The action log: every action has an owner (a person with an account, or a member organisation) and a due date;
 * owners and the meeting's runners post updates; open actions are carried to the next meeting of the same line;
 * owners are reminded by email before the due date and weekly once overdue.
 */
@ApplicationScoped
public class ActionLog {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject MeetingAccess access;
    @Inject Meetings meetings;
    @Inject MinutesBook minutesBook;
    @Inject org.acorn.platform.audit.AuditLog audit;
    @Inject Clock clock;
    @Inject MeetingMail mail;
    @Inject MeetingsSettings settings;

    LocalDate today() { return LocalDate.now(clock.withZone(Recurrence.LONDON)); }

    /** An action agreed at the meeting. "Someone" is not an owner: a person's email or an organisation is required. */
    @Transactional
    public MeetingAction add(Long meetingId, Long itemId, String description, String ownerEmail, Long ownerOrgId, String due) {
        Account me = caller.require();
        Meeting m = meetings.find(meetingId).orElseThrow(() -> InvalidInput.of("That meeting no longer exists."));
        if (!access.mayRun(m)) throw new AccessDenied("Only the meeting's chair, minute-taker, organiser or network staff record its actions.");
        minutesBook.of(meetingId).filter(Minutes::isApproved).ifPresent(x -> {
            throw InvalidInput.of("The minutes of this meeting are approved, so no actions can be added to them. Record it at the next meeting.");
        });
        Checks c = new Checks();
        String what = c.text("what", description, 1000, true, "what is to be done");
        String email = c.email("owner", ownerEmail, false, "the owner's email");
        Account owner = email == null ? null : meetings.account(email);
        if (email != null && owner == null) c.fail("owner", "No one with an account uses " + email + ". Choose their organisation instead.");
        Organisation org = ownerOrgId == null ? null : em.find(Organisation.class, ownerOrgId);
        if (ownerOrgId != null && org == null) c.fail("ownerOrg", "Choose an organisation from the list.");
        if (email == null && ownerOrgId == null) c.fail("owner", "Every action needs an owner: a person's email or an organisation.");
        LocalDate dueOn = null;
        if (due == null || due.isBlank()) c.fail("due", "Enter the date the action is due.");
        else {
            try {
                dueOn = LocalDate.parse(due.strip());
                c.check(!dueOn.isBefore(m.getMeetsOn()), "due", "The due date cannot be before the meeting.");
            } catch (java.time.format.DateTimeParseException e) {
                c.fail("due", "Enter the due date like 2026-03-17.");
            }
        }
        if (itemId != null) {
            c.check(em.createQuery("select count(i) from AgendaItem i where i.id = :i and (i.meetingId = :m or i.roundId = :r)", Long.class)
                    .setParameter("i", itemId).setParameter("m", meetingId).setParameter("r", m.getRoundId() == null ? -1L : m.getRoundId())
                    .getSingleResult() > 0, "item", "Choose an item of this meeting's agenda.");
        }
        c.done();
        String name = owner != null ? owner.getDisplayName() + (org != null ? " (" + org.getName() + ")" : "") : org.getName();
        MeetingAction a = new MeetingAction(meetingId, itemId, what, owner == null ? null : owner.getId(), org == null ? null : org.getId(),
                name, dueOn, clock.instant());
        em.persist(a);
        em.flush();
        audit.record("meeting.action.added", Meetings.target(m), what + " → " + name + " by " + dueOn);
        return a;
    }

    /** The owner (or their organisation's admin), or the meeting's runners, write an update and may change the status. */
    @Transactional
    public MeetingAction update(Long actionId, MeetingAction.Status status, String note) {
        Account me = caller.require();
        MeetingAction a = actionId == null ? null : em.find(MeetingAction.class, actionId);
        if (a == null) throw InvalidInput.of("That action no longer exists.");
        Meeting m = meetings.find(a.getMeetingId()).orElseThrow();
        boolean owner = me.getId().equals(a.getOwnerAccountId())
                || a.getOwnerOrgId() != null && a.getOwnerOrgId().equals(me.getOrganisationId()) && me.hasRole(Role.ORG_ADMIN);
        if (!owner && !access.mayRun(m)) throw new AccessDenied("Only the action's owner, the meeting's chair or network staff can update it.");
        Checks c = new Checks();
        String n = c.text("note", note, 1000, true, "what has happened");
        c.require("status", status, "Choose the action's status.");
        c.done();
        a.setStatus(status, today());
        em.persist(new ActionUpdate(a.getId(), n, status, me.getDisplayName(), clock.instant()));
        audit.record("meeting.action.updated", Meetings.target(m), a.getDescription() + ": " + status);
        return a;
    }

    @Transactional
    public List<MeetingAction> ofMeeting(Long meetingId) {
        return em.createQuery("select a from MeetingAction a where a.meetingId = :m order by a.id", MeetingAction.class)
                .setParameter("m", meetingId).getResultList();
    }

    @Transactional
    public Map<Long, List<ActionUpdate>> updates(List<Long> actionIds) {
        Map<Long, List<ActionUpdate>> out = new HashMap<>();
        if (actionIds.isEmpty()) return out;
        em.createQuery("select u from ActionUpdate u where u.actionId in :ids order by u.writtenAt", ActionUpdate.class)
                .setParameter("ids", actionIds).getResultList()
                .forEach(u -> out.computeIfAbsent(u.getActionId(), k -> new java.util.ArrayList<>()).add(u));
        return out;
    }

    /** Open actions from earlier meetings of the same line: the "matters arising" of this meeting's agenda. */
    @Transactional
    public List<MeetingAction> carriedTo(Meeting m) {
        boolean forum = m.getKind() == MeetingKind.LOCALITY_FORUM && m.getDistrictId() != null;
        jakarta.persistence.TypedQuery<Meeting> query = em.createQuery("select x from Meeting x where x.id <> :id and x.startsAt < :s and ("
                        + "(x.seriesId is not null and x.seriesId = :series) or (x.bodyId is not null and x.bodyId = :body)"
                        + (forum ? " or (x.kind = :forum and x.districtId = :district)" : "") + ")", Meeting.class)
                .setParameter("id", m.getId()).setParameter("s", m.getStartsAt())
                .setParameter("series", m.getSeriesId() == null ? -1L : m.getSeriesId())
                .setParameter("body", m.getBodyId() == null ? -1L : m.getBodyId());
        if (forum) query.setParameter("forum", MeetingKind.LOCALITY_FORUM).setParameter("district", m.getDistrictId());
        List<Meeting> line = query.getResultList();
        if (line.isEmpty()) return List.of();
        Map<Long, Instant> starts = new HashMap<>();
        line.forEach(x -> starts.put(x.getId(), x.getStartsAt()));
        List<MeetingAction> actions = em.createQuery("select a from MeetingAction a where a.meetingId in :ids", MeetingAction.class)
                .setParameter("ids", starts.keySet()).getResultList();
        return CarryForward.carried(actions, starts, m.getStartsAt());
    }

    /** The log: every action (or only open ones, overdue ones, the caller's), soonest due first. */
    @Transactional
    public List<MeetingAction> log(boolean openOnly, boolean overdueOnly, boolean mineOnly) {
        Account me = caller.require();
        if (!access.isMember()) throw new AccessDenied("Only members can read the action log.");
        List<MeetingAction> all = em.createQuery("select a from MeetingAction a order by a.dueOn, a.id", MeetingAction.class)
                .setMaxResults(2000).getResultList();
        LocalDate today = today();
        return all.stream()
                .filter(a -> !openOnly || !a.getStatus().isClosed())
                .filter(a -> !overdueOnly || a.isOverdue(today))
                .filter(a -> !mineOnly || me.getId().equals(a.getOwnerAccountId())
                        || a.getOwnerOrgId() != null && a.getOwnerOrgId().equals(me.getOrganisationId()))
                .toList();
    }

    /** Staff send the reminders that are due now rather than waiting for the next pass. */
    @Transactional
    public int remindNow() {
        caller.requireStaff();
        int n = remind();
        audit.record("meeting.action.reminders", new org.acorn.platform.audit.AuditLog.Target("meeting_action", null, "action log"), n + " reminders");
        return n;
    }

    /**
     * Queues reminders: owners of open actions due within {@code acorn.meetings.action.reminder.days}, and weekly
     * once overdue. Organisation-owned actions go to the organisation's admins. Keyed per action and day, and
     * remembered on the action, so nodes running the pass together send once.
     */
    @Transactional
    public int remind() {
        LocalDate today = today();
        List<MeetingAction> due = em.createQuery("select a from MeetingAction a where a.status in :open and a.dueOn <= :soon"
                        + " and (a.remindedOn is null or a.remindedOn <= :weekAgo)", MeetingAction.class)
                .setParameter("open", List.of(MeetingAction.Status.OPEN, MeetingAction.Status.IN_PROGRESS))
                .setParameter("soon", today.plusDays(settings.reminderDays())).setParameter("weekAgo", today.minusDays(7))
                .getResultList();
        int sent = 0;
        for (MeetingAction a : due) {
            Meeting m = em.find(Meeting.class, a.getMeetingId());
            String meeting = m.getTitle() + " (" + m.getMeetsOn() + ")";
            List<Account> to = a.getOwnerAccountId() != null ? List.of(em.find(Account.class, a.getOwnerAccountId()))
                    : em.createQuery("select x from Account x join x.roles r where x.organisationId = :o and r = :admin", Account.class)
                    .setParameter("o", a.getOwnerOrgId()).setParameter("admin", Role.ORG_ADMIN).getResultList();
            for (Account x : to) {
                if (x == null || !x.isActive()) continue;
                mail.actionReminder(x.getEmail(), x.getDisplayName(), a.getDescription(), meeting, a.getDueOn(), a.isOverdue(today),
                        "meeting-action-" + a.getId() + "-" + today);
                sent++;
            }
            a.setRemindedOn(today);
        }
        return sent;
    }
}
