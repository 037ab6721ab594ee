package org.acorn.governance.payment;

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

/** A claim for one attendance under one scheme; amounts in pence, worked out by {@link ClaimCalculator}. */
@Entity
@Table(name = "claim")
public class Claim {

    public enum Status {
        SUBMITTED("Waiting for approval"), APPROVED("Approved"), RETURNED("Returned");

        private final String label;

        Status(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attendance_id", nullable = false)
    private Long attendanceId;

    @Column(name = "scheme_id", nullable = false)
    private Long schemeId;

    @Column(name = "claimant_id", nullable = false)
    private Long claimantId;

    @Column(name = "rate_pence", nullable = false)
    private int rate;

    @Column(nullable = false)
    private int miles;

    @Column(name = "mileage_pence", nullable = false)
    private int mileage;

    @Column(name = "fares_pence", nullable = false)
    private int fares;

    @Column(name = "childcare_pence", nullable = false)
    private int childcare;

    @Column(name = "backfill_pence", nullable = false)
    private int backfill;

    @Column(name = "total_pence", nullable = false)
    private int total;

    @Column(length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.SUBMITTED;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "decided_by", length = 160)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Version
    private long version;

    protected Claim() { }

    public Claim(Long attendanceId, Long schemeId, Long claimantId, int budgetYear) {
        this.attendanceId = attendanceId;
        this.schemeId = schemeId;
        this.claimantId = claimantId;
        this.budgetYear = budgetYear;
    }

    public void fill(Long schemeId, ClaimCalculator.Amounts a, int miles, int fares, int childcare, int backfill, String note, Instant now) {
        this.schemeId = schemeId;
        this.rate = a.rate();
        this.mileage = a.mileage();
        this.miles = miles;
        this.fares = fares;
        this.childcare = childcare;
        this.backfill = backfill;
        this.total = a.total();
        this.note = note;
        this.status = Status.SUBMITTED;
        this.returnReason = null;
        this.submittedAt = now;
    }

    public void decide(Status status, String reason, String by, Instant now) {
        this.status = status;
        this.returnReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getAttendanceId() { return attendanceId; }
    public Long getSchemeId() { return schemeId; }
    public Long getClaimantId() { return claimantId; }
    public int getRate() { return rate; }
    public int getMiles() { return miles; }
    public int getMileage() { return mileage; }
    public int getFares() { return fares; }
    public int getChildcare() { return childcare; }
    public int getBackfill() { return backfill; }
    public int getTotal() { return total; }
    public String getNote() { return note; }
    public Status getStatus() { return status; }
    public String getReturnReason() { return returnReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public int getBudgetYear() { return budgetYear; }
    public long getVersion() { return version; }
}
