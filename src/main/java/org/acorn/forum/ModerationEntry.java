package org.acorn.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the moderation log: who did what to which post or topic, and why. */
@Entity
@Table(name = "forum_moderation_entry")
public class ModerationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false) private Instant occurredAt;
    @Column(name = "actor_id", nullable = false, updatable = false) private Long actorId;
    @Column(nullable = false, length = 30, updatable = false) private String action;
    @Column(name = "category_id", updatable = false) private Long categoryId;
    @Column(name = "topic_id", updatable = false) private Long topicId;
    @Column(name = "post_id", updatable = false) private Long postId;
    @Column(length = 1000, updatable = false) private String detail;

    protected ModerationEntry() { }

    public ModerationEntry(Instant at, Long actorId, String action, Long categoryId, Long topicId, Long postId, String detail) {
        this.occurredAt = at;
        this.actorId = actorId;
        this.action = action;
        this.categoryId = categoryId;
        this.topicId = topicId;
        this.postId = postId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getAction() { return action; }
    public Long getCategoryId() { return categoryId; }
    public Long getTopicId() { return topicId; }
    public Long getPostId() { return postId; }
    public String getDetail() { return detail; }
}
