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
import java.time.LocalDate;

/**
 * One line of an organisation's readiness checklist: the current document for that kind, its review or expiry date
 * and where its review stands. A new document replaces the old one and waits for review again (the audit log keeps the
 * history); one row per organisation and kind.
 */
@Entity
@Table(name = "readiness_item")
public class ReadinessItem {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "organisation_id", nullable = false, updatable = false) private Long organisationId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 30, updatable = false) private ItemKind kind;
    @Column(name = "file_id", nullable = false) private Long fileId;
    @Column(name = "expires_on", nullable = false) private LocalDate expiresOn;
    @Column(length = 1000) private String note;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 12) private ItemState status;
    @Column(name = "submitted_by") private Long submittedBy;
    @Column(name = "submitted_at", nullable = false) private Instant submittedAt;
    @Column(name = "reviewed_by") private Long reviewedBy;
    @Column(name = "reviewer_name", length = 160) private String reviewerName;
    @Column(name = "reviewed_at") private Instant reviewedAt;
    @Column(name = "review_note", length = 1000) private String reviewNote;
    @Column(name = "reminded_for") private LocalDate remindedFor;
    @Column(name = "expired_notice_for") private LocalDate expiredNoticeFor;
    @Version private long version;

    protected ReadinessItem() { }

    ReadinessItem(Long organisationId, ItemKind kind) {
        this.organisationId = organisationId;
        this.kind = kind;
    }

    /** A new document: it waits for review; reminders start afresh for its date. */
    void submit(Long fileId, LocalDate expiresOn, String note, Long by, Instant at) {
        this.fileId = fileId;
        this.expiresOn = expiresOn;
        this.note = note;
        this.status = ItemState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.reviewedBy = null;
        this.reviewerName = null;
        this.reviewedAt = null;
        this.reviewNote = null;
    }

    void review(ItemState outcome, String note, Long by, String byName, Instant at) {
        this.status = outcome;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewerName = byName;
        this.reviewedAt = at;
    }

    public ItemState stateOn(LocalDate today) { return ExpiryRule.state(status, expiresOn, today); }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public ItemKind getKind() { return kind; }
    public Long getFileId() { return fileId; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getNote() { return note; }
    public ItemState getStatus() { return status; }
    public Long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewerName() { return reviewerName; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewNote() { return reviewNote; }
    public LocalDate getRemindedFor() { return remindedFor; }
    public LocalDate getExpiredNoticeFor() { return expiredNoticeFor; }
    public long getVersion() { return version; }
}
