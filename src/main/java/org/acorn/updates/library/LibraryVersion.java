package org.acorn.updates.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a library resource: its file and what changed. The newest number is the current one. */
@Entity
@Table(name = "library_version")
public class LibraryVersion {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "resource_id", nullable = false) private Long resourceId;
    @Column(nullable = false) private int number;
    @Column(name = "file_id", nullable = false) private Long fileId;
    @Column(length = 500) private String note;
    @Column(name = "added_by", nullable = false, length = 160) private String addedBy;
    @Column(name = "added_at", nullable = false) private Instant addedAt;

    protected LibraryVersion() { }

    LibraryVersion(Long resourceId, int number, Long fileId, String note, String addedBy, Instant at) {
        this.resourceId = resourceId;
        this.number = number;
        this.fileId = fileId;
        this.note = note;
        this.addedBy = addedBy;
        this.addedAt = at;
    }

    public Long getId() { return id; }
    public Long getResourceId() { return resourceId; }
    public int getNumber() { return number; }
    public Long getFileId() { return fileId; }
    public String getNote() { return note; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
