package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One saved version of a bid document: the file, a note on what changed, who and when. */
@Entity
@Table(name = "consortium_bid_doc_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(length = 500)
    private String note;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentVersion() { }

    public DocumentVersion(Long documentId, int versionNo, Long fileId, String note, Long uploadedBy, Instant at) {
        this.documentId = documentId;
        this.versionNo = versionNo;
        this.fileId = fileId;
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public Long getDocumentId() { return documentId; }
    public int getVersionNo() { return versionNo; }
    public Long getFileId() { return fileId; }
    public String getNote() { return note; }
    public Long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }

    public Long getId() { return id; }
}
