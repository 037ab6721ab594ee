package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An item of the submission checklist (signed declarations, pricing schedule, policies attached …). */
@Entity
@Table(name = "consortium_bid_check")
public class Check {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "done_by")
    private Long doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Check() { }

    public Check(Long bidId, String label, int sortOrder) {
        this.bidId = bidId;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    public void tick(Long by, Instant at) { this.doneBy = by; this.doneAt = at; }
    public void untick() { this.doneBy = null; this.doneAt = null; }

    public Long getBidId() { return bidId; }
    public String getLabel() { return label; }
    public int getSortOrder() { return sortOrder; }
    public Long getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public boolean isDone() { return doneAt != null; }

    public Long getId() { return id; }
}
