package org.acorn.directory.currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One reminder cycle of an organisation's listing: opened with the first email, closed when the listing is
 * confirmed (by link, or by staff after a call) or found checked some other way.
 */
@Entity
@Table(name = "listing_check")
public class ListingCheck {

    /** How a cycle ended. */
    public enum Outcome {
        CONFIRMED("Confirmed by the organisation"),
        PROXY("Marked verified by staff"),
        CHECKED_OTHERWISE("Updated by other means");

        private final String label;

        Outcome(String label) { this.label = label; }

        public String label() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "cycle_no", nullable = false)
    private int cycleNo;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    /** Where the reminders went (staff see it on the stale page). */
    @Column(length = 1000)
    private String recipients;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "closed_by", length = 200)
    private String closedBy;

    @Version
    private long version;

    protected ListingCheck() { }

    public ListingCheck(Long organisationId, int cycleNo, Instant openedAt) {
        this.organisationId = organisationId;
        this.cycleNo = cycleNo;
        this.openedAt = openedAt;
    }

    /** Records one more reminder; returns its number in the cycle (1 for the first). */
    public int reminded(Instant at, String recipients) {
        remindersSent++;
        lastSentAt = at;
        this.recipients = recipients.length() > 1000 ? recipients.substring(0, 1000) : recipients;
        return remindersSent;
    }

    public void close(Outcome outcome, String by, Instant at) {
        if (closedAt != null) return;
        this.outcome = outcome;
        this.closedBy = by == null ? null : by.length() > 200 ? by.substring(0, 200) : by;
        this.closedAt = at;
    }

    public boolean isOpen() { return closedAt == null; }
    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public int getCycleNo() { return cycleNo; }
    public Instant getOpenedAt() { return openedAt; }
    public int getRemindersSent() { return remindersSent; }
    public Instant getLastSentAt() { return lastSentAt; }
    public String getRecipients() { return recipients; }
    public Instant getClosedAt() { return closedAt; }
    public Outcome getOutcome() { return outcome; }
    public String getClosedBy() { return closedBy; }
}
