package org.acorn.training.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One person's place on a run, or their place on its waiting list. The person may have no account (a volunteer
 * booked by their organisation's admin): then only their name, and an email if given, are kept.
 */
@Entity
@Table(name = "training_booking")
public class Booking {

    public enum Status {
        CONFIRMED("Booked"), WAITING("On the waiting list"), OFFERED("Offered a place"), CANCELLED("Cancelled"),
        LAPSED("Offer lapsed");
        private final String label;
        Status(String label) { this.label = label; }
        public String getLabel() { return label; }
        /** Holds a place on the run (counted in its {@code booked}). */
        public boolean holdsPlace() { return this == CONFIRMED || this == OFFERED; }
        public boolean isActive() { return this == CONFIRMED || this == OFFERED || this == WAITING; }
    }

    public enum Attendance {
        ATTENDED("Attended"), NO_SHOW("Did not come");
        private final String label;
        Attendance(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "booked_by", nullable = false)
    private Long bookedBy;

    @Column(name = "attendee_id")
    private Long attendeeId;

    @Column(name = "person_name", nullable = false, length = 160)
    private String personName;

    @Column(name = "person_email", length = 254)
    private String personEmail;

    /** The person as compared for duplicates: their email if known, otherwise their name and organisation. */
    @Column(name = "person_key", nullable = false, length = 300)
    private String personKey;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "offer_hash", length = 64)
    private String offerHash;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    @Column(name = "marked_at")
    private Instant markedAt;

    @Column(name = "week_reminded", nullable = false)
    private boolean weekReminded;

    @Column(name = "day_reminded", nullable = false)
    private boolean dayReminded;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "feedback_hash", length = 64)
    private String feedbackHash;

    @Column(name = "feedback_asked_at")
    private Instant feedbackAskedAt;

    protected Booking() { }

    public Booking(Long runId, Long bookedBy, Long attendeeId, String personName, String personEmail, Long organisationId,
                   Status status, Instant now) {
        this.runId = runId;
        this.bookedBy = bookedBy;
        this.attendeeId = attendeeId;
        this.personName = personName;
        this.personEmail = personEmail;
        this.organisationId = organisationId;
        this.personKey = key(personName, personEmail, organisationId);
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Same person twice on one run: same email, or (without one) same name in the same organisation. */
    public static String key(String name, String email, Long organisationId) {
        if (email != null && !email.isBlank()) return "email:" + email.strip().toLowerCase(Locale.ROOT);
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String k = "name:" + (organisationId == null ? "-" : organisationId) + ":" + n;
        return k.length() > 300 ? k.substring(0, 300) : k;
    }

    public void offer(String tokenHash, Instant expires, Instant now) {
        status = Status.OFFERED;
        offerHash = tokenHash;
        offerExpiresAt = expires;
        updatedAt = now;
    }

    public void confirm(Instant now) {
        status = Status.CONFIRMED;
        offerHash = null;
        offerExpiresAt = null;
        updatedAt = now;
    }

    public void end(Status to, Instant now) {
        status = to;
        offerHash = null;
        offerExpiresAt = null;
        updatedAt = now;
    }

    public void mark(Attendance a, Instant now) {
        attendance = a;
        markedAt = now;
        updatedAt = now;
    }

    public void askFeedback(String tokenHash, Instant now) {
        feedbackHash = tokenHash;
        feedbackAskedAt = now;
    }

    public void feedbackGiven() { feedbackHash = null; }

    public void weekReminded() { weekReminded = true; }
    /** The run moved: the reminders are due again, for the new date. */
    public void remindAgain() {
        weekReminded = false;
        dayReminded = false;
    }
    public void dayReminded() { dayReminded = true; }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public Long getBookedBy() { return bookedBy; }
    public Long getAttendeeId() { return attendeeId; }
    public String getPersonName() { return personName; }
    public String getPersonEmail() { return personEmail; }
    public String getPersonKey() { return personKey; }
    public Long getOrganisationId() { return organisationId; }
    public Status getStatus() { return status; }
    public Instant getOfferExpiresAt() { return offerExpiresAt; }
    public Attendance getAttendance() { return attendance; }
    public Instant getMarkedAt() { return markedAt; }
    public boolean isWeekReminded() { return weekReminded; }
    public boolean isDayReminded() { return dayReminded; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isAttended() { return attendance == Attendance.ATTENDED; }
}
