package org.acorn.forum;

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

/** A conversation in a category: an opening post and its replies, numbered from 1. */
@Entity
@Table(name = "forum_topic")
public class ForumTopic implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public enum Status { OPEN, PENDING, HIDDEN, MERGED, DELETED }

    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "last_post_number", nullable = false)
    private int lastPostNumber;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "last_poster_id")
    private Long lastPosterId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ForumTopic() { }

    public ForumTopic(Long categoryId, String title, Long authorId, Instant now) {
        this.categoryId = categoryId;
        this.title = title;
        this.authorId = authorId;
        this.createdAt = now;
        this.lastPostAt = now;
        this.lastPosterId = authorId;
    }

    /** Hands out the next post number. Callers hold the topic's row lock. */
    int nextPostNumber() { return ++lastPostNumber; }

    /** A published reply arrived. */
    void replied(Long posterId, Instant at) {
        replyCount++;
        lastPosterId = posterId;
        lastPostAt = at;
    }

    public Long getId() { return id; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getAuthorId() { return authorId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public boolean isOpen() { return status == Status.OPEN; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public boolean isLocked() { return locked; }
    public void setLocked(boolean locked) { this.locked = locked; }
    public Long getReplacedById() { return replacedById; }
    public void mergedWith(Long targetId) { this.replacedById = targetId; this.status = Status.MERGED; }
    public int getReplyCount() { return replyCount; }
    public void setReplyCount(int replyCount) { this.replyCount = replyCount; }
    public int getLastPostNumber() { return lastPostNumber; }
    public void setLastPostNumber(int n) { this.lastPostNumber = n; }
    public Instant getLastPostAt() { return lastPostAt; }
    public void setLastPost(Long posterId, Instant at) { this.lastPosterId = posterId; this.lastPostAt = at; }
    public Long getLastPosterId() { return lastPosterId; }
    public Instant getCreatedAt() { return createdAt; }
}
