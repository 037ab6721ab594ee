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

/**
 * One post: Markdown as written, and the sanitised HTML made from it when it was saved (so a topic page
 * renders nothing). card_refs lists the directory records it links to, shown as cards under it.
 */
@Entity
@Table(name = "forum_post")
public class ForumPost implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public enum Status { PUBLISHED, PENDING, HIDDEN, DELETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(name = "post_number", nullable = false)
    private int postNumber;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "card_refs", length = 500)
    private String cardRefs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "reply_to_number")
    private Integer replyToNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edit_count", nullable = false)
    private int editCount;

    @Version
    private long version;

    protected ForumPost() { }

    public ForumPost(Long topicId, int postNumber, Long authorId, Long organisationId, Status status, Instant now) {
        this.topicId = topicId;
        this.postNumber = postNumber;
        this.authorId = authorId;
        this.organisationId = organisationId;
        this.status = status;
        this.createdAt = now;
    }

    void write(ForumText.Rendered text) {
        this.body = text.markdown();
        this.bodyHtml = text.html();
        this.cardRefs = text.cardRefs();
    }

    void edited(Instant at) {
        editedAt = at;
        editCount++;
    }

    public Long getId() { return id; }
    public Long getTopicId() { return topicId; }
    public void moveTo(Long topicId, int postNumber) { this.topicId = topicId; this.postNumber = postNumber; }
    public int getPostNumber() { return postNumber; }
    public Long getAuthorId() { return authorId; }
    public Long getOrganisationId() { return organisationId; }
    public String getBody() { return body; }
    public String getBodyHtml() { return bodyHtml; }
    public String getCardRefs() { return cardRefs; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public boolean isPublished() { return status == Status.PUBLISHED; }
    public String getHiddenReason() { return hiddenReason; }
    public void setHiddenReason(String hiddenReason) { this.hiddenReason = hiddenReason; }
    public Integer getReplyToNumber() { return replyToNumber; }
    public void setReplyToNumber(Integer n) { this.replyToNumber = n; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public int getEditCount() { return editCount; }
}
