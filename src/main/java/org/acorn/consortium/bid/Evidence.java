package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Evidence pulled into a bid from a partner's profile (services, volunteers, accreditation, training), as it stood then. */
@Entity
@Table(name = "consortium_bid_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "pulled_by", nullable = false)
    private Long pulledBy;

    @Column(name = "pulled_at", nullable = false)
    private Instant pulledAt;

    protected Evidence() { }

    public Evidence(Long bidId, Long organisationId, String summary, Long pulledBy, Instant at) {
        this.bidId = bidId;
        this.organisationId = organisationId;
        this.summary = summary;
        this.pulledBy = pulledBy;
        this.pulledAt = at;
    }

    public Long getBidId() { return bidId; }
    public Long getOrganisationId() { return organisationId; }
    public String getSummary() { return summary; }
    public Instant getPulledAt() { return pulledAt; }

    public Long getId() { return id; }
}
