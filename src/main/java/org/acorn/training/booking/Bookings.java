package org.acorn.training.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.platform.account.Account;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Tokens;
import org.acorn.training.TrainingAccess;
import org.acorn.training.TrainingSettings;
import org.acorn.training.certificate.Certificates;
import org.acorn.training.course.Course;
import org.acorn.training.course.Courses;
import org.acorn.training.course.Run;
import org.acorn.training.course.RunForm;

/**
 * Places on runs. Every change to a run's places happens with the run's row locked (SELECT … FOR UPDATE), so two
 * people booking the last place at once are served one after the other: one gets it, the other the waiting list,
 * on H2 and MariaDB alike; the table's CHECK refuses an overbooked run as a last guard. A freed place is offered to
 * the longest waiting person by email and held for them until the offer lapses.
 */
@ApplicationScoped
public class Bookings {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject TrainingAccess access;
    @Inject Clock clock;
    @Inject TrainingSettings settings;
    @Inject BookingMail mail;
    @Inject AuditLog audit;
    @Inject Courses courses;
    @Inject Certificates certificates;

    /** A person named on the booking form. */
    public record Person(String name, String email) { }

    /** Who got a place and who went on the waiting list. */
    public record Outcome(List<String> booked, List<String> waiting) { }

    // ---------------------------------------------------------------- booking

    /**
     * Books the caller ({@code self}) and/or named colleagues and volunteers. Each gets a place while places are
     * free, then the waiting list. All or nothing: one bad name refuses the whole form.
     */
    @Transactional
    public Outcome book(Long runId, boolean self, List<Person> others) {
        Account me = caller.require();
        List<Person> named = others == null ? List.of() : others.stream()
                .filter(p -> !(blank(p.name()) && blank(p.email()))).toList();
        Checks c = new Checks();
        if (!self && named.isEmpty()) c.fail("people", "Choose yourself or name at least one person to book.");
        if (!named.isEmpty() && !caller.isStaff() && !caller.adminsOrganisation(caller.organisationId())) {
            throw new AccessDenied("Only your organisation's admin can book places for other people.");
        }
        if (named.size() + (self ? 1 : 0) > settings.maxPeople()) {
            c.fail("people", "Book up to " + settings.maxPeople() + " people at a time.");
        }
        Long org = caller.organisationId();
        List<Booking> wanted = new ArrayList<>();
        Instant now = clock.instant();
        if (self) wanted.add(new Booking(runId, me.getId(), me.getId(), me.getDisplayName(), me.getEmail(), org, Booking.Status.WAITING, now));
        for (int i = 0; i < named.size(); i++) {
            Person p = named.get(i);
            String field = "person" + i;
            String name = c.text(field, p.name(), 160, true, "the name of person " + (i + 1));
            String email = c.email(field, p.email(), false, "the email of person " + (i + 1));
            if (name == null) continue;
            Account known = email == null ? null : accountByEmail(email);
            wanted.add(new Booking(runId, me.getId(), known == null ? null : known.getId(), name, email, org, Booking.Status.WAITING, now));
        }
        Set<String> keys = new HashSet<>();
        for (Booking b : wanted) {
            if (!keys.add(b.getPersonKey())) c.fail("people", b.getPersonName() + " is named twice.");
        }
        c.done();

        Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) throw Courses.gone();
        Course course = em.find(Course.class, run.getCourseId());
        if (run.isCancelled()) throw InvalidInput.of("This run is cancelled, so it cannot be booked. Choose another date.");
        if (!now.isBefore(run.getBookingDeadline())) {
            throw InvalidInput.of("Booking for this run closed on " + run.getBookingDeadline().atZone(Run.LONDON).toLocalDate() + ". Choose another date.");
        }
        Set<String> already = new HashSet<>(em.createQuery("select b.personKey from Booking b where b.runId = :r and b.status in :s", String.class)
                .setParameter("r", runId).setParameter("s", List.of(Booking.Status.CONFIRMED, Booking.Status.OFFERED, Booking.Status.WAITING))
                .getResultList());
        Checks dup = new Checks();
        for (Booking b : wanted) {
            if (already.contains(b.getPersonKey())) dup.fail("people", b.getPersonName() + " is already booked (or waiting) on this run.");
        }
        dup.done();
        // someone already waiting keeps their turn: newcomers only take a place when no one is queued
        boolean queue = waitingCount(runId) > 0;
        List<String> booked = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (Booking b : wanted) {
            if (!queue && run.take(1)) {
                b.confirm(now);
                booked.add(b.getPersonName());
            } else {
                waiting.add(b.getPersonName());
            }
            em.persist(b);
            em.flush();
            if (b.getStatus() == Booking.Status.CONFIRMED) mail.confirmed(b, run, course);
            else mail.waiting(b, run, course);
        }
        audit.record("training.booked", target(run, course), booked.size() + " booked, " + waiting.size() + " on the waiting list");
        return new Outcome(booked, waiting);
    }

    // ---------------------------------------------------------------- cancelling and offers

    /** The booker, the attendee or their organisation's admin until the run's cancellation deadline; staff at any time. */
    @Transactional
    public Booking cancel(Long bookingId) {
        caller.require();
        Booking b = bookingId == null ? null : em.find(Booking.class, bookingId);
        if (b == null || !access.maySee(b)) throw InvalidInput.of("That booking no longer exists.");
        Run run = em.find(Run.class, b.getRunId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(b);
        if (!b.getStatus().isActive()) throw InvalidInput.of("This booking is already " + b.getStatus().getLabel().toLowerCase() + ".");
        Instant now = clock.instant();
        if (!caller.isStaff() && b.getStatus() == Booking.Status.CONFIRMED && !now.isBefore(run.getCancelDeadline())) {
            throw InvalidInput.of("Bookings for this run can no longer be cancelled online; please tell the network's co-ordinator.");
        }
        boolean held = b.getStatus().holdsPlace();
        b.end(Booking.Status.CANCELLED, now);
        Course course = em.find(Course.class, run.getCourseId());
        mail.cancelled(b, run, course);
        if (held) {
            run.release(1);
            promote(run, course, now);
        }
        audit.record("training.cancelled", target(run, course), b.getPersonName());
        return b;
    }

    /** The person offered a place takes it up (the link in the offer email is all they need; no sign-in). */
    @Transactional
    public Booking accept(String token) {
        Booking b = byOffer(token).orElseThrow(() -> InvalidInput.of("This offer is not open any more: it was taken up, let go, or it lapsed."));
        Run run = em.find(Run.class, b.getRunId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(b);
        Instant now = clock.instant();
        if (!WaitingList.offerOpen(b, now)) throw InvalidInput.of("This offer is not open any more: it was taken up, let go, or it lapsed.");
        b.confirm(now);
        Course course = em.find(Course.class, run.getCourseId());
        mail.confirmed(b, run, course);
        audit.record("training.offer.accepted", target(run, course), b.getPersonName());
        return b;
    }

    @Transactional
    public Booking decline(String token) {
        Booking b = byOffer(token).orElseThrow(() -> InvalidInput.of("This offer is not open any more: it was taken up, let go, or it lapsed."));
        Run run = em.find(Run.class, b.getRunId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(b);
        Instant now = clock.instant();
        if (b.getStatus() != Booking.Status.OFFERED) throw InvalidInput.of("This offer is not open any more: it was taken up, let go, or it lapsed.");
        b.end(Booking.Status.CANCELLED, now);
        run.release(1);
        promote(run, em.find(Course.class, run.getCourseId()), now);
        return b;
    }

    /** What the offer page shows before the person chooses. */
    @Transactional
    public Optional<Booking> offer(String token) {
        return byOffer(token).filter(b -> WaitingList.offerOpen(b, clock.instant()));
    }

    private Optional<Booking> byOffer(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        return em.createQuery("select b from Booking b where b.offerHash = :h", Booking.class).setParameter("h", Tokens.hash(token))
                .getResultStream().findFirst();
    }

    /** Offers free places to those waiting, longest first, while there is time for them to answer. Run locked by caller. */
    private void promote(Run run, Course course, Instant now) {
        if (run.isCancelled() || !run.getStartsAt().isAfter(now)) return;
        while (!run.isFull()) {
            List<Booking> waiting = em.createQuery("select b from Booking b where b.runId = :r and b.status = :s order by b.createdAt, b.id", Booking.class)
                    .setParameter("r", run.getId()).setParameter("s", Booking.Status.WAITING).setMaxResults(1).getResultList();
            Optional<Booking> next = WaitingList.next(waiting);
            Optional<Instant> expires = WaitingList.offerExpiry(now, settings.offerHold(), run.getBookingDeadline(), run.getStartsAt());
            if (next.isEmpty() || expires.isEmpty()) return;
            String token = Tokens.newToken();
            Booking b = next.get();
            b.offer(Tokens.hash(token), expires.get(), now);
            run.take(1);
            em.flush();
            mail.offer(b, run, course, token);
        }
    }

    /** Lapses offers not taken up in time and offers their places on; safe for two nodes at once (rows locked). */
    @Transactional
    public int lapseOffers() {
        Instant now = clock.instant();
        List<Long> due = em.createQuery("select b.id from Booking b where b.status = :s and b.offerExpiresAt <= :n", Long.class)
                .setParameter("s", Booking.Status.OFFERED).setParameter("n", now).getResultList();
        int n = 0;
        for (Long id : due) {
            Booking b = em.find(Booking.class, id);
            Run run = em.find(Run.class, b.getRunId(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(b);
            if (b.getStatus() != Booking.Status.OFFERED || b.getOfferExpiresAt().isAfter(now)) continue;
            b.end(Booking.Status.LAPSED, now);
            run.release(1);
            Course course = em.find(Course.class, run.getCourseId());
            mail.lapsed(b, run, course);
            promote(run, course, now);
            n++;
        }
        return n;
    }

    /** Reminders a week and a day before; each flag is set once, so a second pass (or node) sends nothing. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        List<Booking> soon = em.createQuery("select b from Booking b, Run r where r.id = b.runId and b.status = :s and r.status = :rs"
                        + " and r.startsAt > :n and r.startsAt <= :w and (b.weekReminded = false or b.dayReminded = false)", Booking.class)
                .setParameter("s", Booking.Status.CONFIRMED).setParameter("rs", Run.Status.SCHEDULED)
                .setParameter("n", now).setParameter("w", now.plus(Duration.ofDays(7))).getResultList();
        int n = 0;
        for (Booking b : soon) {
            Run run = em.find(Run.class, b.getRunId());
            Course course = em.find(Course.class, run.getCourseId());
            Optional<String> which = Reminders.due(run.getStartsAt(), now, b.isWeekReminded(), b.isDayReminded());
            if (which.isEmpty()) continue;
            b.weekReminded();
            if (which.get().equals("day")) b.dayReminded();
            mail.reminder(b, run, course, which.get());
            n++;
        }
        return n;
    }

    /** Warnings before training lapses, through {@link Certificates#remindExpiring}. */
    @Transactional
    public int remindExpiring() {
        return certificates.remindExpiring(settings.expiryWarningDays(), mail::expiring);
    }

    /** Staff cancel a whole run: every booking ends and every booker (or attendee) is told. */
    @Transactional
    public int cancelRun(Long runId, String reason) {
        caller.requireStaff();
        Checks c = new Checks();
        String why = c.text("reason", reason, 500, true, "why the run is cancelled");
        c.done();
        Run run = runId == null ? null : em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) throw Courses.gone();
        if (run.isCancelled()) throw InvalidInput.of("This run is already cancelled.");
        courses.cancelRun(run, why);
        Course course = em.find(Course.class, run.getCourseId());
        Instant now = clock.instant();
        List<Booking> active = active(runId);
        for (Booking b : active) {
            b.end(Booking.Status.CANCELLED, now);
            mail.runCancelled(b, run, course);
        }
        run.release(run.getBooked());
        return active.size();
    }

    /**
     * Staff change a run (see {@link Courses#reviseRun}), with its row locked like every change to places: everyone on
     * it or waiting hears of a new date, time, place, trainer or joining instructions with the updated calendar
     * entry; reminders follow a new date; added places go to the waiting list as offers.
     */
    @Transactional
    public Courses.Revision updateRun(Long runId, RunForm form) {
        caller.requireStaff();
        Run run = runId == null ? null : em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) throw Courses.gone();
        if (run.getVersion() != form.getVersion()) {
            throw InvalidInput.of("This run changed while you were editing it (a booking or another edit). Reload the page and make your change again.");
        }
        Courses.Revision rev = courses.reviseRun(run, form);
        Instant now = clock.instant();
        Course course = em.find(Course.class, run.getCourseId());
        List<Booking> active = active(runId);
        for (Booking b : active) {
            if (rev.moved()) b.remindAgain();
            if (rev.tellBookers()) mail.changed(b, run, course, rev.changes());
        }
        em.flush();
        promote(run, course, now);
        return rev;
    }

    // ---------------------------------------------------------------- register

    /** The trainer (or staff) marks someone attended or not; attending issues the certificate, a correction withdraws it. */
    @Transactional
    public Booking mark(Long bookingId, Booking.Attendance attendance) {
        caller.require();
        Booking b = bookingId == null ? null : em.find(Booking.class, bookingId);
        Run run = b == null ? null : em.find(Run.class, b.getRunId());
        if (run == null || !access.mayTakeRegister(run)) throw InvalidInput.of("That booking is not on a register you keep.");
        if (b.getStatus() != Booking.Status.CONFIRMED) throw InvalidInput.of(b.getPersonName() + " does not have a place on this run.");
        if (attendance == null) throw InvalidInput.of("Choose attended or did not come.");
        Instant now = clock.instant();
        if (run.getRunsOn().isAfter(courses.today())) throw InvalidInput.of("The register opens on the day of the run.");
        if (run.isCancelled()) throw InvalidInput.of("This run was cancelled.");
        b.mark(attendance, now);
        Course course = em.find(Course.class, run.getCourseId());
        if (attendance == Booking.Attendance.ATTENDED) certificates.issue(b, run, course);
        else certificates.withdraw(b);
        audit.record("training.register", target(run, course), b.getPersonName() + ": " + attendance.getLabel());
        return b;
    }

    @Transactional
    public List<Booking> register(Run run) {
        if (!access.mayTakeRegister(run)) throw new AccessDenied("Only the trainer or network staff keep the register.");
        return em.createQuery("select b from Booking b where b.runId = :r and b.status = :s order by b.personName", Booking.class)
                .setParameter("r", run.getId()).setParameter("s", Booking.Status.CONFIRMED).getResultList();
    }

    /** Everyone on the run, with the waiting list, for staff. */
    @Transactional
    public List<Booking> all(Long runId) {
        caller.requireStaff();
        return em.createQuery("select b from Booking b where b.runId = :r order by b.createdAt, b.id", Booking.class)
                .setParameter("r", runId).getResultList();
    }

    // ---------------------------------------------------------------- lists

    /** A run in the staff overview: its places, waiting list and attendance at a glance. */
    public record RunLoad(Courses.Listing listing, long waiting, long offered, long attended) { }

    /** Runs from {@code from} on (cancelled ones too), soonest first, with counts from one grouped query. Staff only. */
    @Transactional
    public List<RunLoad> overview(Instant from, int max) {
        caller.requireStaff();
        List<Run> runs = em.createQuery("select r from Run r where r.startsAt >= :f order by r.startsAt", Run.class)
                .setParameter("f", from).setMaxResults(max).getResultList();
        if (runs.isEmpty()) return List.of();
        java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select b.runId, b.status, b.attendance, count(b) from Booking b where b.runId in :ids"
                        + " group by b.runId, b.status, b.attendance", Object[].class)
                .setParameter("ids", runs.stream().map(Run::getId).toList()).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            long n = (Long) row[3];
            if (row[1] == Booking.Status.WAITING) c[0] += n;
            if (row[1] == Booking.Status.OFFERED) c[1] += n;
            if (row[2] == Booking.Attendance.ATTENDED) c[2] += n;
        }
        List<RunLoad> out = new ArrayList<>();
        for (Courses.Listing l : courses.listings(runs.stream().map(Run::getId).toList())) {
            long[] c = counts.getOrDefault(l.getRun().getId(), new long[3]);
            out.add(new RunLoad(l, c[0], c[1], c[2]));
        }
        out.sort(java.util.Comparator.comparing((RunLoad r) -> r.listing().getRun().getStartsAt()));
        return out;
    }

    /** The caller's bookings: those they made and those made for them. */
    @Transactional
    public List<Booking> mine() {
        Account me = caller.require();
        return em.createQuery("select b from Booking b, Run r where r.id = b.runId and (b.bookedBy = :me or b.attendeeId = :me)"
                        + " order by r.startsAt desc", Booking.class).setParameter("me", me.getId()).getResultList();
    }

    /** An organisation's training record: every booking for its people. Its admin or staff only. */
    @Transactional
    public List<Booking> ofOrganisation(Long organisationId) {
        caller.requireMayActFor(organisationId);
        return em.createQuery("select b from Booking b, Run r where r.id = b.runId and b.organisationId = :o order by b.personName, r.startsAt desc",
                Booking.class).setParameter("o", organisationId).getResultList();
    }

    /** Where the caller stands on a run: their own active booking, if any. */
    @Transactional
    public Optional<Booking> myBooking(Long runId) {
        return caller.account().flatMap(me -> em.createQuery("select b from Booking b where b.runId = :r and b.attendeeId = :me and b.status in :s",
                        Booking.class).setParameter("r", runId).setParameter("me", me.getId())
                .setParameter("s", List.of(Booking.Status.CONFIRMED, Booking.Status.OFFERED, Booking.Status.WAITING))
                .getResultStream().findFirst());
    }

    @Transactional
    public long waitingCount(Long runId) {
        return em.createQuery("select count(b) from Booking b where b.runId = :r and b.status = :s", Long.class)
                .setParameter("r", runId).setParameter("s", Booking.Status.WAITING).getSingleResult();
    }

    /** One booking as a row, if the caller may see it (unknown and hidden alike: empty). */
    @Transactional
    public Optional<BookingRow> visibleRow(Long bookingId) {
        Booking b = bookingId == null ? null : em.find(Booking.class, bookingId);
        if (b == null || !access.maySee(b)) return Optional.empty();
        return Optional.of(rows(List.of(b)).get(0));
    }

    /** Bookings with their runs, courses and certificates, for lists. */
    @Transactional
    public List<BookingRow> rows(List<Booking> bookings) {
        Instant now = clock.instant();
        java.util.Map<Long, org.acorn.training.certificate.Certificate> certs = new java.util.HashMap<>();
        certificates.forBookings(bookings.stream().map(Booking::getId).toList()).forEach(c -> certs.put(c.getBookingId(), c));
        List<BookingRow> out = new ArrayList<>();
        for (Booking b : bookings) {
            Run r = em.find(Run.class, b.getRunId());
            Course c = em.find(Course.class, r.getCourseId());
            boolean cancellable = b.getStatus().isActive() && !r.isCancelled() && r.getStartsAt().isAfter(now)
                    && (caller.isStaff() || b.getStatus() != Booking.Status.CONFIRMED || now.isBefore(r.getCancelDeadline()));
            out.add(new BookingRow(b, r, c, certs.get(b.getId()), cancellable));
        }
        return out;
    }

    private List<Booking> active(Long runId) {
        return em.createQuery("select b from Booking b where b.runId = :r and b.status in :s", Booking.class).setParameter("r", runId)
                .setParameter("s", List.of(Booking.Status.CONFIRMED, Booking.Status.OFFERED, Booking.Status.WAITING)).getResultList();
    }

    private Account accountByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email)
                .getResultStream().findFirst().orElse(null);
    }

    private static AuditLog.Target target(Run r, Course c) {
        return new AuditLog.Target("training_run", r.getId(), c.getTitle() + ", " + r.getDayLabel());
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
