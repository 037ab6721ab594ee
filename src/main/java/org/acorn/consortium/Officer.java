package org.acorn.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consortium officer's appointment: they run tenders, bids and allocations. Ending it keeps the record. */
@Entity
@Table(name = "consortium_officer")
public class Officer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Column(name = "appointed_by")
    private Long appointedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Officer() { }

    public Officer(Long accountId, String title, Instant at, Long by) {
        this.accountId = accountId;
        this.title = title;
        this.appointedAt = at;
        this.appointedBy = by;
    }

    public void end(Instant at) { this.endedAt = at; }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public String getTitle() { return title; }
    public Instant getAppointedAt() { return appointedAt; }
    public Long getAppointedBy() { return appointedBy; }
    public Instant getEndedAt() { return endedAt; }
    public boolean isCurrent() { return endedAt == null; }
}
