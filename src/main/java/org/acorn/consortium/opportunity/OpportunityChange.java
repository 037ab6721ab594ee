package org.acorn.consortium.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One edit of an opportunity after posting: who, when and what changed ("field: before → after"), for its history. */
@Entity
@Table(name = "consortium_opportunity_change")
public class OpportunityChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    @Column(name = "changed_by", updatable = false)
    private Long changedBy;

    @Column(name = "changed_by_name", nullable = false, length = 160, updatable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 8000, updatable = false)
    private String summary;

    @Column(name = "dates_changed", nullable = false, updatable = false)
    private boolean datesChanged;

    protected OpportunityChange() { }

    public OpportunityChange(Long opportunityId, Long changedBy, String changedByName, Instant at, String summary, boolean datesChanged) {
        this.opportunityId = opportunityId;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = at;
        this.summary = summary.length() > 8000 ? summary.substring(0, 7999) + "…" : summary;
        this.datesChanged = datesChanged;
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public String getChangedByName() { return changedByName; }
    public Instant getChangedAt() { return changedAt; }
    public String getSummary() { return summary; }
    public boolean isDatesChanged() { return datesChanged; }
}
