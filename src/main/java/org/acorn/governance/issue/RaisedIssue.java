package org.acorn.governance.issue;

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

/** An issue a member raised for their representative or the network, and where it has got to. */
@Entity
@Table(name = "raised_issue")
public class RaisedIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "raised_by", nullable = false)
    private Long raisedBy;

    @Column(name = "raiser_name", nullable = false, length = 160)
    private String raiserName;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "public_issue", nullable = false)
    private boolean publicIssue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStep stage = IssueStep.RAISED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RaisedIssue() { }

    public RaisedIssue(String title, String description, Long raisedBy, String raiserName, Long organisationId, Long bodyId,
                boolean publicIssue, Instant now) {
        this.title = title;
        this.description = description;
        this.raisedBy = raisedBy;
        this.raiserName = raiserName;
        this.organisationId = organisationId;
        this.bodyId = bodyId;
        this.publicIssue = publicIssue;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void moveTo(IssueStep next, Instant now) {
        this.stage = next;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Long getRaisedBy() { return raisedBy; }
    public String getRaiserName() { return raiserName; }
    public Long getOrganisationId() { return organisationId; }
    public Long getBodyId() { return bodyId; }
    public boolean isPublicIssue() { return publicIssue; }
    public IssueStep getStage() { return stage; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
