package org.acorn.updates;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** One update: an LSCB or partnership update, briefing, news item, consultation or newsletter article. */
@Entity
@Table(name = "news_update")
public class NewsUpdate {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private UpdateKind kind;
    @Column(nullable = false, length = 200) private String title;
    @Column(name = "body_md", nullable = false) private String bodyMarkdown;
    @Column(name = "body_html", nullable = false) private String bodyHtml;
    @Column(name = "body_id") private Long bodyId;
    @Column(name = "author_id", nullable = false) private Long authorId;
    @Column(name = "author_name", nullable = false, length = 160) private String authorName;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) private UpdateVisibility visibility;
    @Column(name = "publish_at", nullable = false) private Instant publishAt;
    @Column(name = "closes_on") private LocalDate closesOn;
    @Column(name = "collated_md") private String collatedMarkdown;
    @Column(name = "answer_md") private String answerMarkdown;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
    @Column(name = "notified_at") private Instant notifiedAt;
    /** Unpublished: out of lists, feeds, search, digests and bulletins' "what is new" until published again. */
    @Column(name = "withdrawn_at") private Instant withdrawnAt;
    /** Deleted: out of sight for everyone; the row stays for the audit trail and the edit history. */
    @Column(name = "deleted_at") private Instant deletedAt;
    @Version private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_update_tag", joinColumns = @JoinColumn(name = "update_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    protected NewsUpdate() { }

    public NewsUpdate(UpdateKind kind, Long authorId, String authorName, Instant now) {
        this.kind = kind;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(String title, String markdown, String html, Long bodyId, UpdateVisibility visibility, Instant publishAt,
               LocalDate closesOn, Set<String> tags, Instant now) {
        this.title = title;
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.bodyId = bodyId;
        this.visibility = visibility;
        this.publishAt = publishAt;
        this.closesOn = closesOn;
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
    }

    void setCollatedMarkdown(String md, Instant now) { this.collatedMarkdown = md; this.updatedAt = now; }
    void setAnswerMarkdown(String md, Instant now) { this.answerMarkdown = md; this.updatedAt = now; }
    void notified(Instant at) { this.notifiedAt = at; }
    void withdrawn(Instant at) { this.withdrawnAt = at; this.updatedAt = at; }
    void republished(Instant at) { this.withdrawnAt = null; this.updatedAt = at; }
    void deleted(Instant at) { this.deletedAt = at; this.updatedAt = at; }

    /** Readable by its audience at {@code now}: its time has come, and it is neither unpublished nor deleted. */
    public boolean isPublishedAt(Instant now) { return !publishAt.isAfter(now) && withdrawnAt == null && deletedAt == null; }
    public boolean isWithdrawn() { return withdrawnAt != null; }
    public boolean isDeleted() { return deletedAt != null; }
    public Instant getWithdrawnAt() { return withdrawnAt; }

    public Long getId() { return id; }
    public UpdateKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBodyMarkdown() { return bodyMarkdown; }
    public String getBodyHtml() { return bodyHtml; }
    public Long getBodyId() { return bodyId; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public UpdateVisibility getVisibility() { return visibility; }
    public Instant getPublishAt() { return publishAt; }
    public LocalDate getClosesOn() { return closesOn; }
    public String getCollatedMarkdown() { return collatedMarkdown; }
    public String getAnswerMarkdown() { return answerMarkdown; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getNotifiedAt() { return notifiedAt; }
    public long getVersion() { return version; }
    public Set<String> getTags() { return Set.copyOf(tags); }
}
