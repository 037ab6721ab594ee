package org.acorn.governance.reportback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's comment on a report-back, or their response to its asks of the sector. */
@Entity
@Table(name = "report_comment")
public class ReportComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "author_name", nullable = false, length = 160)
    private String authorName;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "response_to_ask", nullable = false)
    private boolean responseToAsk;

    @Column(name = "comment_text", nullable = false, length = 3000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportComment() { }

    public ReportComment(Long reportId, Long accountId, String authorName, String organisationName, boolean responseToAsk,
                  String text, Instant now) {
        this.reportId = reportId;
        this.accountId = accountId;
        this.authorName = authorName;
        this.organisationName = organisationName;
        this.responseToAsk = responseToAsk;
        this.text = text;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getAuthorName() { return authorName; }
    public String getOrganisationName() { return organisationName; }
    public boolean isResponseToAsk() { return responseToAsk; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
