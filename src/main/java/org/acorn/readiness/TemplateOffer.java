package org.acorn.readiness;

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

/**
 * A policy template or guide a member offers for smaller members. Nobody else sees it until a co-ordinator publishes it,
 * which puts it into the resource library (members only) with the offering organisation credited.
 */
@Entity
@Table(name = "readiness_template_offer")
public class TemplateOffer {

    public enum Status {
        WAITING("Waiting for review"), PUBLISHED("Published in the library"), DECLINED("Declined");

        private final String label;

        Status(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "organisation_id", nullable = false, updatable = false) private Long organisationId;
    @Column(nullable = false, length = 200) private String title;
    @Column(nullable = false, length = 2000) private String summary;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 30) private ItemKind kind;
    @Column(name = "file_id", nullable = false) private Long fileId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 12) private Status status = Status.WAITING;
    @Column(name = "offered_by") private Long offeredBy;
    @Column(name = "offered_at", nullable = false) private Instant offeredAt;
    @Column(name = "reviewed_by") private Long reviewedBy;
    @Column(name = "reviewed_at") private Instant reviewedAt;
    @Column(name = "review_note", length = 1000) private String reviewNote;
    @Column(name = "library_resource_id") private Long libraryResourceId;
    @Version private long version;

    protected TemplateOffer() { }

    TemplateOffer(Long organisationId, String title, String summary, ItemKind kind, Long fileId, Long by, Instant at) {
        this.organisationId = organisationId;
        this.title = title;
        this.summary = summary;
        this.kind = kind;
        this.fileId = fileId;
        this.offeredBy = by;
        this.offeredAt = at;
    }

    void published(Long resourceId, Long by, Instant at) {
        this.status = Status.PUBLISHED;
        this.libraryResourceId = resourceId;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void declined(String note, Long by, Instant at) {
        this.status = Status.DECLINED;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public ItemKind getKind() { return kind; }
    public Long getFileId() { return fileId; }
    public Status getStatus() { return status; }
    public Long getOfferedBy() { return offeredBy; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewNote() { return reviewNote; }
    public Long getLibraryResourceId() { return libraryResourceId; }
    public long getVersion() { return version; }
}
