package org.acorn.meetings.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.meetings.Distribution;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.MeetingMail;
import org.acorn.meetings.Meetings;
import org.acorn.meetings.series.MeetingSeries;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;

/**
 * Calendar feeds: per series and per body (what the caller may see: visitors get public meetings only), a single
 * meeting, and each person's private "my meetings" feed behind a secret address that they can replace or revoke.
 */
@ApplicationScoped
public class Calendars {

    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(400);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Meetings meetings;
    @Inject Distribution distribution;
    @Inject MeetingMail mail;
    @Inject Settings settings;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    public Optional<String> series(Long id) {
        MeetingSeries s = meetings.series(id).orElse(null);
        if (s == null) return Optional.empty();
        return Optional.of(IcsWriter.calendar(s.getTitle(), events(meetings.ofSeries(id)), clock.instant()));
    }

    @Transactional
    public Optional<String> body(Long id) {
        PartnershipBody b = id == null ? null : em.find(PartnershipBody.class, id);
        if (b == null) return Optional.empty();
        return Optional.of(IcsWriter.calendar(b.getName(), events(meetings.ofBody(id)), clock.instant()));
    }

    @Transactional
    public Optional<String> meeting(Long id) {
        return meetings.visible(id).map(m -> IcsWriter.calendar(m.getTitle(), events(List.of(m)), clock.instant()));
    }

    /** One meeting as iCalendar text for an email attachment (no access check: the mail goes to its audience). */
    public String attachment(Meeting m) {
        return IcsWriter.calendar(m.getTitle(), events(List.of(m)), clock.instant());
    }

    /** The private feed behind a token: the person's meetings (with cancellations), or empty for an unknown token. */
    @Transactional
    public Optional<String> personal(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        CalendarToken t = em.createQuery("select t from CalendarToken t where t.tokenHash = :h", CalendarToken.class)
                .setParameter("h", Tokens.hash(token)).getResultStream().findFirst().orElse(null);
        if (t == null) return Optional.empty();
        Account a = em.find(Account.class, t.getAccountId());
        if (a == null || !a.isActive()) return Optional.empty();
        Distribution.Person p = distribution.person(a);
        Instant now = clock.instant();
        List<Meeting> mine = em.createQuery("select m from Meeting m where m.startsAt >= :f and m.startsAt < :t order by m.startsAt", Meeting.class)
                .setParameter("f", now.minus(PAST)).setParameter("t", now.plus(AHEAD)).getResultList().stream()
                .filter(m -> Distribution.why(m, p, districtName(m)).isPresent()).toList();
        return Optional.of(IcsWriter.calendar("My meetings", events(mine), now));
    }

    /** A new secret address (any earlier one stops working). Only its hash is kept, so it is shown once. */
    @Transactional
    public String newToken() {
        Account me = caller.require();
        em.createQuery("delete from CalendarToken t where t.accountId = :a").setParameter("a", me.getId()).executeUpdate();
        String token = Tokens.newToken();
        em.persist(new CalendarToken(me.getId(), Tokens.hash(token), clock.instant()));
        audit.record("meeting.calendar.token", new AuditLog.Target("account", me.getId(), me.getDisplayName()), "new private feed address");
        return token;
    }

    @Transactional
    public boolean revoke() {
        Account me = caller.require();
        int n = em.createQuery("delete from CalendarToken t where t.accountId = :a").setParameter("a", me.getId()).executeUpdate();
        if (n > 0) audit.record("meeting.calendar.revoked", new AuditLog.Target("account", me.getId(), me.getDisplayName()), "private feed address revoked");
        return n > 0;
    }

    @Transactional
    public Optional<Instant> tokenSince() {
        Account me = caller.require();
        return em.createQuery("select t.createdAt from CalendarToken t where t.accountId = :a", Instant.class)
                .setParameter("a", me.getId()).getResultStream().findFirst();
    }

    public String feedUrl(String token) { return settings.baseUrl() + "/meetings/calendar/my/" + token + ".ics"; }

    private String districtName(Meeting m) {
        if (m.getDistrictId() == null) return null;
        District d = em.find(District.class, m.getDistrictId());
        return d == null ? null : d.getName();
    }

    private List<IcsWriter.Event> events(List<Meeting> list) {
        return list.stream().map(m -> new IcsWriter.Event(m.getUid(), m.getIcalSequence(), m.start(), m.end(), m.getTitle(),
                m.isCancelled() ? "Cancelled: " + (m.getCancelReason() == null ? "" : m.getCancelReason())
                        : m.getKind().label() + (m.getOnlineLink() == null ? "" : "\nJoin online: " + m.getOnlineLink())
                        + (m.getAccessibility() == null ? "" : "\nAccess: " + m.getAccessibility()) + "\nAgenda and papers: " + mail.meetingLink(m),
                m.getWhere(), mail.meetingLink(m), m.isCancelled(), m.getUpdatedAt())).toList();
    }
}
