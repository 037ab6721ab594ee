package org.acorn.consortium.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's expression of interest in a lot: what it could deliver, where, how much, at what cost, how ready. */
@Entity
@Table(name = "consortium_interest")
public class Interest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private Long lotId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 1000)
    private String service;

    @Column(nullable = false, length = 300)
    private String area;

    @Column(nullable = false, length = 300)
    private String volume;

    @Column(name = "cost_pence")
    private Long costPence;

    @Column(length = 1000)
    private String readiness;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Interest() { }

    public Interest(Long lotId, Long organisationId, Long submittedBy, Instant at) {
        this.lotId = lotId;
        this.organisationId = organisationId;
        this.submittedBy = submittedBy;
        this.submittedAt = at;
    }

    public void describe(String service, String area, String volume, Long costPence, String readiness, Instant at) {
        this.service = service;
        this.area = area;
        this.volume = volume;
        this.costPence = costPence;
        this.readiness = readiness;
        this.submittedAt = at;
    }

    public Long getId() { return id; }
    public Long getLotId() { return lotId; }
    public Long getOrganisationId() { return organisationId; }
    public String getService() { return service; }
    public String getArea() { return area; }
    public String getVolume() { return volume; }
    public Long getCostPence() { return costPence; }
    public String getCostLabel() { return costPence == null ? "" : Money.label(costPence); }
    public String getReadiness() { return readiness; }
    public Long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
