package org.acorn.training.feedback;

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
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.platform.security.Tokens;
import org.acorn.training.TrainingAccess;
import org.acorn.training.booking.Booking;
import org.acorn.training.course.Course;
import org.acorn.training.course.Run;

/**
 * Feedback forms: after a run ends, each attendee with an email gets a one-time link (no sign-in); the answers are
 * summarised per run for its trainer and staff. Requests go out within a fortnight of the run, once each.
 */
@ApplicationScoped
public class Feedbacks {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject TrainingAccess access;
    @Inject org.acorn.platform.security.Caller caller;

    @Transactional
    public int askAfterRuns() {
        Instant now = clock.instant();
        List<Booking> due = em.createQuery("select b from Booking b, Run r where r.id = b.runId and b.attendance = :a and b.personEmail is not null"
                        + " and b.feedbackAskedAt is null and r.endsAt <= :now and r.endsAt > :since"
                        + " and not exists (select f.id from Feedback f where f.bookingId = b.id)", Booking.class)
                .setParameter("a", Booking.Attendance.ATTENDED).setParameter("now", now).setParameter("since", now.minus(Duration.ofDays(14)))
                .getResultList();
        for (Booking b : due) {
            String token = Tokens.newToken();
            b.askFeedback(Tokens.hash(token), now);
            Run r = em.find(Run.class, b.getRunId());
            Course c = em.find(Course.class, r.getCourseId());
            mailer.queue(new MailMessage("training-feedback-" + b.getId(), b.getPersonEmail(), "How was " + c.getTitle() + "?",
                    "Hello " + b.getPersonName() + ",\n\nThank you for coming to " + c.getTitle() + " on " + r.getDayLabel()
                            + ". Two minutes of feedback helps the trainer and the network plan the next one:\n"
                            + settings.baseUrl() + "/training/feedback.xhtml?token=" + token + "\n", null));
        }
        return due.size();
    }

    /** The booking a feedback link is for, while it is unanswered. */
    @Transactional
    public Optional<Booking> forToken(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        return em.createQuery("select b from Booking b where b.feedbackHash = :h", Booking.class).setParameter("h", Tokens.hash(token))
                .getResultStream().findFirst();
    }

    @Transactional
    public Feedback give(String token, Integer rating, String useful, String improve) {
        Booking b = forToken(token).orElseThrow(() -> InvalidInput.of("This feedback link has been used already or is not valid."));
        if (answered(b.getId())) throw InvalidInput.of("This feedback link has been used already or is not valid.");
        Checks c = new Checks();
        c.check(rating != null && rating >= 1 && rating <= 5, "rating", "Choose a rating from 1 to 5.");
        String u = c.text("useful", useful, 1000, false, "what was most useful");
        String i = c.text("improve", improve, 1000, false, "what could be better");
        c.done();
        Feedback f = new Feedback(b.getRunId(), b.getId(), rating, u, i, clock.instant());
        em.persist(f);
        b.feedbackGiven();
        return f;
    }

    /**
     * The trainer (or staff) types in a returned paper form for someone who attended: one answer per person, as
     * online, so a paper form and an emailed link cannot both count (entering it closes the link).
     */
    @Transactional
    public Feedback enter(Long bookingId, Integer rating, String useful, String improve) {
        org.acorn.platform.account.Account me = caller.require();
        Booking b = bookingId == null ? null : em.find(Booking.class, bookingId);
        Run run = b == null ? null : em.find(Run.class, b.getRunId());
        if (run == null || !access.mayTakeRegister(run)) throw new InvalidInput("booking", "Choose someone on this run's register.");
        Checks c = new Checks();
        c.check(b.isAttended(), "booking", b.getPersonName() + " is not marked as attended, so there is no feedback to enter.");
        c.check(!answered(b.getId()), "booking", "Feedback from " + b.getPersonName() + " is already in.");
        c.check(rating != null && rating >= 1 && rating <= 5, "rating", "Choose a rating from 1 to 5.");
        String u = c.text("useful", useful, 1000, false, "what was most useful");
        String i = c.text("improve", improve, 1000, false, "what could be better");
        c.done();
        Feedback f = new Feedback(run.getId(), b.getId(), rating, u, i, clock.instant());
        f.enteredBy(me.getId());
        em.persist(f);
        b.feedbackGiven();
        return f;
    }

    /** Attended people on the run whose feedback is not in yet (for entering paper forms), by name. */
    @Transactional
    public List<Booking> awaiting(Run run) {
        if (!access.mayTakeRegister(run)) return List.of();
        return em.createQuery("select b from Booking b where b.runId = :r and b.attendance = :a and not exists"
                        + " (select f.id from Feedback f where f.bookingId = b.id) order by b.personName", Booking.class)
                .setParameter("r", run.getId()).setParameter("a", Booking.Attendance.ATTENDED).getResultList();
    }

    private boolean answered(Long bookingId) {
        return !em.createQuery("select f.id from Feedback f where f.bookingId = :b", Long.class).setParameter("b", bookingId)
                .getResultList().isEmpty();
    }

    /** The run's summary, for its trainer and staff; empty for anyone else. */
    @Transactional
    public Optional<FeedbackSummary> summary(Run run) {
        if (!access.mayTakeRegister(run)) return Optional.empty();
        return Optional.of(new FeedbackSummary(em.createQuery("select f from Feedback f where f.runId = :r order by f.id", Feedback.class)
                .setParameter("r", run.getId()).getResultList()));
    }
}
