package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The consortium's bid for an opportunity: its lead partner, and when it was submitted and decided (with feedback). */
@Entity
@Table(name = "consortium_bid")
public class Bid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(name = "lead_org_id", nullable = false)
    private Long leadOrgId;

    @Column(name = "decided_by", nullable = false)
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(length = 4000)
    private String feedback;

    @jakarta.persistence.Version
    private long version;

    protected Bid() { }

    public Bid(Long opportunityId, Long leadOrgId, Long decidedBy, Instant at) {
        this.opportunityId = opportunityId;
        this.leadOrgId = leadOrgId;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public void submitted(Instant at) { this.submittedAt = at; }
    public void outcome(String feedback, Instant at) { this.feedback = feedback; this.outcomeAt = at; }

    public Long getOpportunityId() { return opportunityId; }
    public Long getLeadOrgId() { return leadOrgId; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getOutcomeAt() { return outcomeAt; }
    public String getFeedback() { return feedback; }

    public Long getId() { return id; }
}
