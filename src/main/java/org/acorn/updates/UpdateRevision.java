package org.acorn.updates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An update as it was before an edit: the edit history. */
@Entity
@Table(name = "news_update_revision")
public class UpdateRevision {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "update_id", nullable = false) private Long updateId;
    @Column(nullable = false, length = 200) private String title;
    @Column(name = "body_md", nullable = false) private String bodyMarkdown;
    @Column(name = "edited_by", nullable = false, length = 160) private String editedBy;
    @Column(name = "edited_at", nullable = false) private Instant editedAt;
    /** What happened besides an edit of the words: "Unpublished", "Published again", "Deleted". */
    @Column(name = "change_note", length = 200) private String changeNote;

    protected UpdateRevision() { }

    UpdateRevision(NewsUpdate before, String editedBy, Instant at, String note) {
        this(before, editedBy, at);
        this.changeNote = note;
    }

    UpdateRevision(NewsUpdate before, String editedBy, Instant at) {
        this.updateId = before.getId();
        this.title = before.getTitle();
        this.bodyMarkdown = before.getBodyMarkdown();
        this.editedBy = editedBy;
        this.editedAt = at;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBodyMarkdown() { return bodyMarkdown; }
    public String getEditedBy() { return editedBy; }
    public Instant getEditedAt() { return editedAt; }
    public String getChangeNote() { return changeNote; }
}
