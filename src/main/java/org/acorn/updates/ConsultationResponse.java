package org.acorn.updates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's answer to a consultation; the co-ordinator collates these into the network's response. */
@Entity
@Table(name = "consultation_response")
public class ConsultationResponse {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "update_id", nullable = false) private Long updateId;
    @Column(name = "account_id", nullable = false) private Long accountId;
    @Column(name = "author_name", nullable = false, length = 160) private String authorName;
    @Column(name = "organisation_id") private Long organisationId;
    @Column(name = "body_md", nullable = false) private String bodyMarkdown;
    @Column(name = "created_at", nullable = false) private Instant createdAt;

    protected ConsultationResponse() { }

    ConsultationResponse(Long updateId, Long accountId, String authorName, Long organisationId, String markdown, Instant now) {
        this.updateId = updateId;
        this.accountId = accountId;
        this.authorName = authorName;
        this.organisationId = organisationId;
        this.bodyMarkdown = markdown;
        this.createdAt = now;
    }

    void rewrite(String markdown, Instant now) {
        this.bodyMarkdown = markdown;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public String getAuthorName() { return authorName; }
    public String getBodyMarkdown() { return bodyMarkdown; }
    public Instant getCreatedAt() { return createdAt; }
}
