package org.acorn.consortium.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tender document (specification, pricing schedule …) attached to an opportunity, for members to download. */
@Entity
@Table(name = "consortium_opp_document")
public class OpportunityDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false)
    private Long opportunityId;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected OpportunityDocument() { }

    public OpportunityDocument(Long opportunityId, Long fileId, Instant at) {
        this.opportunityId = opportunityId;
        this.fileId = fileId;
        this.addedAt = at;
    }

    public Long getId() { return id; }
    public Long getOpportunityId() { return opportunityId; }
    public Long getFileId() { return fileId; }
    public Instant getAddedAt() { return addedAt; }
}
