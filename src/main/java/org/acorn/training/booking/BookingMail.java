package org.acorn.training.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.mail.MailMessage;
import org.acorn.platform.mail.Mailer;
import org.acorn.training.course.Course;
import org.acorn.training.course.Run;
import org.acorn.training.course.RunCalendar;

/**
 * Booking emails, all through the outbox. They go to the attendee when their email is known, otherwise to the
 * person who booked them (an organisation admin booking volunteers without email passes the news on). Each
 * message key names the booking and the event, so a retry does not send twice.
 */
@ApplicationScoped
public class BookingMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK).withZone(Run.LONDON);

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Mailer mailer;
    @Inject Settings settings;
    @Inject java.time.Clock clock;

    public String runLink(Run r) { return settings.baseUrl() + "/training/run.xhtml?id=" + r.getId(); }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(Booking b, Run r, Course c) {
        send(b, "training-confirmed-" + b.getId(), "Booked: " + c.getTitle() + ", " + r.getDayLabel(),
                b.getPersonName() + " has a place on " + c.getTitle() + ".\n\n" + details(r) + joining(r)
                        + "\nCan't come? Cancel by " + WHEN.format(r.getCancelDeadline()) + " so someone on the waiting list can have the place: "
                        + settings.baseUrl() + "/training/my.xhtml\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void waiting(Booking b, Run r, Course c) {
        send(b, "training-waiting-" + b.getId(), "Waiting list: " + c.getTitle() + ", " + r.getDayLabel(),
                c.getTitle() + " on " + r.getWhen() + " is full, so " + b.getPersonName() + " is on the waiting list.\n\n"
                        + "If a place comes free we will email an offer, which you can take up with one click.\n" + runLink(r) + "\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void offer(Booking b, Run r, Course c, String token) {
        String link = settings.baseUrl() + "/training/offer.xhtml?token=" + token;
        send(b, "training-offer-" + b.getId() + "-" + b.getOfferExpiresAt().getEpochSecond(), "A place for you: " + c.getTitle() + ", " + r.getDayLabel(),
                "A place has come free on " + c.getTitle() + " for " + b.getPersonName() + ".\n\n" + details(r)
                        + "\nTake it up (or let it go) here by " + WHEN.format(b.getOfferExpiresAt()) + ":\n" + link
                        + "\n\nIf we do not hear from you by then, the place goes to the next person waiting.\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lapsed(Booking b, Run r, Course c) {
        send(b, "training-lapsed-" + b.getId(), "Offer lapsed: " + c.getTitle() + ", " + r.getDayLabel(),
                "The place offered to " + b.getPersonName() + " on " + c.getTitle() + " (" + r.getWhen() + ") was not taken up in time,"
                        + " so it has gone to the next person waiting.\n\nOther dates: " + settings.baseUrl() + "/training/course.xhtml?id=" + c.getId() + "\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Booking b, Run r, Course c) {
        send(b, "training-cancelled-" + b.getId(), "Cancelled: " + b.getPersonName() + " on " + c.getTitle() + ", " + r.getDayLabel(),
                "The booking for " + b.getPersonName() + " on " + c.getTitle() + " (" + r.getWhen() + ") is cancelled.\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void runCancelled(Booking b, Run r, Course c) {
        send(b, "training-run-cancelled-" + b.getId(), "Cancelled: " + c.getTitle() + ", " + r.getDayLabel(),
                c.getTitle() + " on " + r.getWhen() + " is cancelled: " + r.getCancelReason() + "\n\nOther dates: "
                        + settings.baseUrl() + "/training/course.xhtml?id=" + c.getId()
                        + "\n\nThe attached calendar entry removes it from your calendar.\n",
                RunCalendar.ics(r, c, settings.baseUrl(), clock.instant()));
    }

    /** A run's date, time, place, trainer or joining instructions changed: everyone on it (or waiting) hears, with the updated entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Booking b, Run r, Course c, java.util.List<String> changes) {
        StringBuilder body = new StringBuilder(c.getTitle()).append(" has changed. ")
                .append(b.getPersonName()).append(switch (b.getStatus()) {
                    case WAITING -> " is still on the waiting list.\n\n";
                    case OFFERED -> "'s offered place is still held (see the offer email).\n\n";
                    default -> " still has a place.\n\n";
                });
        changes.forEach(line -> body.append("- ").append(line).append('\n'));
        body.append('\n').append(details(r)).append(joining(r))
                .append("\nThe attached calendar entry updates the one in your calendar. Can't come now? ")
                .append(settings.baseUrl()).append("/training/my.xhtml\n");
        send(b, "training-changed-" + b.getId() + "-" + r.getIcalSequence(), "Changed: " + c.getTitle() + ", " + r.getDayLabel(),
                body.toString(), RunCalendar.ics(r, c, settings.baseUrl(), clock.instant()));
    }

    /** "week" or "day" before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reminder(Booking b, Run r, Course c, String when) {
        send(b, "training-reminder-" + when + "-" + b.getId() + "-" + r.getIcalSequence(),
                ("day".equals(when) ? "Tomorrow: " : "Next week: ") + c.getTitle() + ", " + r.getDayLabel(),
                "A reminder that " + b.getPersonName() + " is booked on " + c.getTitle() + ".\n\n" + details(r) + joining(r)
                        + "\nCan't come after all? " + settings.baseUrl() + "/training/my.xhtml\n");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void expiring(org.acorn.training.certificate.Certificate c, Booking b) {
        send(b, "training-expiring-" + c.getId(), "Training to renew: " + c.getCourseTitle(),
                c.getPersonName() + "'s " + c.getCourseTitle() + " (attended " + c.getAttendedOn() + ") stops being current on "
                        + c.getValidUntil() + ".\n\nBook a refresher in good time: " + settings.baseUrl() + "/training/index.xhtml\n");
    }

    private String details(Run r) {
        StringBuilder s = new StringBuilder("When: ").append(r.getWhen()).append('\n');
        if (!r.getWhere().isEmpty()) s.append("Where: ").append(r.getWhere()).append('\n');
        if (r.getTrainerName() != null) s.append("Trainer: ").append(r.getTrainerName()).append('\n');
        return s.append("Details: ").append(runLink(r)).append('\n').toString();
    }

    private static String joining(Run r) {
        StringBuilder s = new StringBuilder();
        if (r.getJoining() != null) s.append("\nJoining instructions:\n").append(r.getJoining()).append('\n');
        if (r.getOnlineLink() != null) s.append("\nJoin online: ").append(r.getOnlineLink()).append('\n');
        return s.toString();
    }

    private void send(Booking b, String key, String subject, String body) { send(b, key, subject, body, null); }

    private void send(Booking b, String key, String subject, String body, String calendar) {
        String to = b.getPersonEmail();
        String name = b.getPersonName();
        if (to == null) {
            Account booker = em.find(Account.class, b.getBookedBy());
            to = booker.getEmail();
            name = booker.getDisplayName();
        }
        mailer.queue(new MailMessage(key, to, subject, "Hello " + name + ",\n\n" + body, null, java.util.Map.of(), calendar));
    }
}
