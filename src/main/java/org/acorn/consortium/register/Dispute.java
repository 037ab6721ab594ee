package org.acorn.consortium.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A dispute a member raises about an allocation or delivery ("the resolution of disputes", seed 003 l.537): how the
 * officers handled it and how it was resolved. Seen by the member that raised it and the officers.
 */
@Entity
@Table(name = "consortium_dispute")
public class Dispute {

    public enum Status {
        RAISED("Raised"), IN_HAND("Being handled"), RESOLVED("Resolved");
        private final String label;
        Status(String label) { this.label = label; }
        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "raised_by", nullable = false)
    private Long raisedBy;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.RAISED;

    @Column(length = 4000)
    private String handling;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "handled_by")
    private Long handledBy;

    @jakarta.persistence.Version
    private long version;

    protected Dispute() { }

    public Dispute(Long organisationId, Long raisedBy, Long opportunityId, String subject, String description, Instant at) {
        this.organisationId = organisationId;
        this.raisedBy = raisedBy;
        this.opportunityId = opportunityId;
        this.subject = subject;
        this.description = description;
        this.raisedAt = at;
    }

    public void handle(String handling, Long by) {
        this.handling = handling;
        this.handledBy = by;
        if (status == Status.RAISED) status = Status.IN_HAND;
    }

    public void resolve(String resolution, Long by, Instant at) {
        this.resolution = resolution;
        this.handledBy = by;
        this.status = Status.RESOLVED;
        this.resolvedAt = at;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public Long getRaisedBy() { return raisedBy; }
    public Long getOpportunityId() { return opportunityId; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public Status getStatus() { return status; }
    public String getHandling() { return handling; }
    public String getResolution() { return resolution; }
    public Instant getRaisedAt() { return raisedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
}
