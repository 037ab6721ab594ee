package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier version of an edited post (and of the topic title, for an opening post). */
@Entity
@Table(name = "forum_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(length = 200, updatable = false)
    private String title;

    @Column(name = "written_by", nullable = false, updatable = false)
    private Long writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by", nullable = false, updatable = false)
    private Long replacedBy;

    protected PostRevision() { }

    PostRevision(ForumPost post, String title, Long writtenBy, Instant writtenAt, Long replacedBy, Instant replacedAt) {
        this.postId = post.getId();
        this.body = post.getBody();
        this.title = title;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
    }

    public Long getId() { return id; }
    public Long getPostId() { return postId; }
    public String getBody() { return body; }
    public String getTitle() { return title; }
    public Long getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
    public Instant getReplacedAt() { return replacedAt; }
    public Long getReplacedBy() { return replacedBy; }
}
