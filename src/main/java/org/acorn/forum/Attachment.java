package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored file attached to a post. */
@Entity
@Table(name = "forum_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false) private Long postId;
    @Column(name = "file_id", nullable = false) private Long fileId;
    @Column(name = "created_at", nullable = false) private Instant createdAt;

    protected Attachment() { }

    public Attachment(Long postId, Long fileId, Instant now) {
        this.postId = postId;
        this.fileId = fileId;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getPostId() { return postId; }
    public Long getFileId() { return fileId; }
    public Instant getCreatedAt() { return createdAt; }
}
