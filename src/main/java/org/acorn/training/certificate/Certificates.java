package org.acorn.training.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acorn.platform.security.Throttle;
import org.acorn.training.booking.Booking;
import org.acorn.training.course.Course;
import org.acorn.training.course.Run;

/**
 * Certificates of attendance: issued when the register says someone came, withdrawn if it is corrected, and checked
 * by anyone with the code. Checks are counted per client address whether or not the code exists, so codes cannot be
 * tried in bulk; an unknown code and a malformed one get the same answer.
 */
@ApplicationScoped
public class Certificates {

    public static final String THROTTLE = "certificate-check";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Throttle throttle;
    @Inject jakarta.enterprise.inject.Instance<CodeLookup> others;

    /** What the check page shows; empty when the code matches nothing. */
    public enum Outcome { VALID, EXPIRED, WITHDRAWN, UNKNOWN, TOO_MANY }

    /** What a check found: attendance ("attended … on") or accreditation ("awarded … on"), never more than the certificate shows. */
    public record Check(Outcome outcome, String kind, String personName, String title, LocalDate on, LocalDate validUntil) {
        static Check of(Outcome o) { return new Check(o, null, null, null, null, null); }
        static Check of(Outcome o, Certificate c) {
            return new Check(o, "attendance", c.getPersonName(), c.getCourseTitle(), c.getAttendedOn(), c.getValidUntil());
        }
        public String getOutcome() { return outcome.name(); }
        public String getKind() { return kind; }
        public String getPersonName() { return personName; }
        public String getTitle() { return title; }
        public LocalDate getOn() { return on; }
        public LocalDate getValidUntil() { return validUntil; }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(Booking b, Run r, Course c) {
        Certificate existing = forBooking(b.getId()).orElse(null);
        if (existing != null) {
            existing.reinstate();
            return existing;
        }
        LocalDate until = c.getValidMonths() == null ? null : Expiry.validUntil(r.getRunsOn(), c.getValidMonths());
        Certificate cert = new Certificate(b.getId(), CertificateCode.generate(), b.getPersonName(), c.getTitle(), r.getRunsOn(), until, clock.instant());
        em.persist(cert);
        return cert;
    }

    /**
     * Tells people whose training lapses within the warning period (once per certificate), so they can book a
     * refresher in time. Sent to the attendee's email, or to whoever booked them.
     */
    @Transactional
    public int remindExpiring(int warningDays, java.util.function.BiConsumer<Certificate, Booking> send) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Run.LONDON);
        List<Certificate> due = em.createQuery("select c from Certificate c where c.revokedAt is null and c.expiryWarnedAt is null"
                        + " and c.validUntil >= :today and c.validUntil <= :until", Certificate.class)
                .setParameter("today", today).setParameter("until", today.plusDays(warningDays)).getResultList();
        for (Certificate c : due) {
            if (!Expiry.dueWarning(c.getValidUntil(), today, warningDays)) continue;
            c.expiryWarned(clock.instant());
            send.accept(c, em.find(Booking.class, c.getBookingId()));
        }
        return due.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Booking b) {
        forBooking(b.getId()).ifPresent(c -> c.revoke(clock.instant()));
    }

    @Transactional
    public Optional<Certificate> forBooking(Long bookingId) {
        return em.createQuery("select c from Certificate c where c.bookingId = :b", Certificate.class).setParameter("b", bookingId)
                .getResultStream().findFirst();
    }

    @Transactional
    public List<Certificate> forBookings(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select c from Certificate c where c.bookingId in :ids", Certificate.class).setParameter("ids", ids).getResultList();
    }

    /**
     * The public check of any certificate's code (attendance, or another kind through {@link CodeLookup}): throttled
     * per address and counted whatever the answer, so codes cannot be tried in bulk; malformed and unknown alike
     * are UNKNOWN.
     */
    @Transactional
    public Check check(String typed, String clientAddress) {
        if (throttle.exceeded(THROTTLE, "address", clientAddress)) return Check.of(Outcome.TOO_MANY);
        throttle.count(THROTTLE, "address", clientAddress);
        Optional<String> code = CertificateCode.normalise(typed);
        if (code.isEmpty()) return Check.of(Outcome.UNKNOWN);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Run.LONDON);
        Certificate c = em.createQuery("select c from Certificate c where c.code = :c", Certificate.class).setParameter("c", code.get())
                .getResultStream().findFirst().orElse(null);
        if (c == null) {
            for (CodeLookup other : others) {
                Optional<Check> found = other.find(code.get(), today);
                if (found.isPresent()) return found.get();
            }
            return Check.of(Outcome.UNKNOWN);
        }
        if (c.isRevoked()) return Check.of(Outcome.WITHDRAWN, c);
        return Check.of(c.isCurrentOn(today) ? Outcome.VALID : Outcome.EXPIRED, c);
    }
}
