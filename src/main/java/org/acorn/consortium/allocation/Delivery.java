package org.acorn.consortium.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.acorn.consortium.opportunity.Money;

/** What a member delivered and was paid in one period (a month, "2026-04") against its allocation. */
@Entity
@Table(name = "consortium_delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allocation_id", nullable = false)
    private Long allocationId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private int volume;

    @Column(name = "paid_pence", nullable = false)
    private long paidPence;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** REPORTED by the member (its payment a claim) until an officer CONFIRMS it; officers' own entries are confirmed. */
    @Column(nullable = false, length = 12)
    private String status = CONFIRMED;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    public static final String REPORTED = "REPORTED";
    public static final String CONFIRMED = "CONFIRMED";

    protected Delivery() { }

    public Delivery(Long allocationId, String period) {
        this.allocationId = allocationId;
        this.period = period;
    }

    public void record(int volume, long paidPence, String note, Long by, Instant at) {
        this.volume = volume;
        this.paidPence = paidPence;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    /** The member's own figures, waiting for an officer. */
    public void report(int volume, long claimedPence, String note, Long by, Instant at) {
        record(volume, claimedPence, note, by, at);
        this.status = REPORTED;
        this.confirmedBy = null;
        this.confirmedAt = null;
    }

    public void confirm(Long by, Instant at) {
        this.status = CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public boolean isConfirmed() { return CONFIRMED.equals(status); }
    public String getStatusLabel() { return isConfirmed() ? "Confirmed" : "Reported, waiting for an officer"; }

    public Long getId() { return id; }
    public Long getAllocationId() { return allocationId; }
    public String getPeriod() { return period; }
    public int getVolume() { return volume; }
    public long getPaidPence() { return paidPence; }
    public String getPaidLabel() { return Money.label(paidPence); }
    public String getNote() { return note; }
}
