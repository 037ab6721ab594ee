package org.acorn.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file as the portal knows it: its type as read from its content, size, checksum, who and when. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_key", nullable = false, length = 32, updatable = false)
    private String key;

    @Column(name = "owner_kind", nullable = false, length = 40, updatable = false)
    private String ownerKind;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() { }

    StoredFile(String key, String ownerKind, String fileName, String mediaType, long sizeBytes, String sha256,
               Long uploadedBy, Instant uploadedAt) {
        this.key = key;
        this.ownerKind = ownerKind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getOwnerKind() { return ownerKind; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }

    /** The download address relative to the context root, e.g. for an h:outputLink. */
    public String getPath() { return "/files/" + key; }

    /** "2.4 MB", "830 KB": what a reader needs before downloading on a slow line. */
    public String getSizeLabel() {
        if (sizeBytes >= 1024 * 1024) return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / 1048576.0);
        return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
    }
}
