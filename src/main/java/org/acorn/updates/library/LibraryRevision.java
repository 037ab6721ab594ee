package org.acorn.updates.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A resource's details as they were before an edit: its history (the files keep their own, as versions). */
@Entity
@Table(name = "library_revision")
public class LibraryRevision {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "resource_id", nullable = false) private Long resourceId;
    @Column(nullable = false, length = 200) private String title;
    @Column(nullable = false, length = 2000) private String summary;
    @Column(nullable = false, length = 30) private String category;
    @Column(nullable = false, length = 10) private String visibility;
    @Column(name = "review_on", nullable = false) private LocalDate reviewOn;
    @Column(nullable = false, length = 2000) private String tags;
    @Column(name = "edited_by", nullable = false, length = 160) private String editedBy;
    @Column(name = "edited_at", nullable = false) private Instant editedAt;

    protected LibraryRevision() { }

    LibraryRevision(LibraryResource before, String editedBy, Instant at) {
        this.resourceId = before.getId();
        this.title = before.getTitle();
        this.summary = before.getSummary();
        this.category = before.getCategory().name();
        this.visibility = before.getVisibility().name();
        this.reviewOn = before.getReviewOn();
        this.tags = String.join(" ", new java.util.TreeSet<>(before.getTags()));
        this.editedBy = editedBy;
        this.editedAt = at;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public LocalDate getReviewOn() { return reviewOn; }
    public String getEditedBy() { return editedBy; }
    public Instant getEditedAt() { return editedAt; }
}
