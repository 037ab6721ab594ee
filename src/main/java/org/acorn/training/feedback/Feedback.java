package org.acorn.training.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attendee's feedback on a run: a rating out of five and two short answers. Not linked to a name on the summary. */
@Entity
@Table(name = "training_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "booking_id", nullable = false)
    private Long bookingId;

    @Column(nullable = false)
    private int rating;

    @Column(length = 1000)
    private String useful;

    @Column(length = 1000)
    private String improve;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    /** Who typed it in from a paper form (the trainer or staff); null when the attendee answered online. */
    @Column(name = "entered_by")
    private Long enteredBy;

    protected Feedback() { }

    public Feedback(Long runId, Long bookingId, int rating, String useful, String improve, Instant now) {
        this.runId = runId;
        this.bookingId = bookingId;
        this.rating = rating;
        this.useful = useful;
        this.improve = improve;
        this.givenAt = now;
    }

    public void enteredBy(Long accountId) { enteredBy = accountId; }
    public Long getEnteredBy() { return enteredBy; }
    public Long getBookingId() { return bookingId; }
    public Long getRunId() { return runId; }
    public int getRating() { return rating; }
    public String getUseful() { return useful; }
    public String getImprove() { return improve; }
}
