package org.acorn.governance.reportback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** What a representative brings back from a body's meeting to the sector. */
@Entity
@Table(name = "report_back")
public class ReportBack {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 160)
    private String authorName;

    @Column(nullable = false, length = 6000)
    private String decisions;

    @Column(length = 4000)
    private String progress;

    @Column(length = 4000)
    private String information;

    @Column(length = 3000)
    private String asks;

    @Column(name = "asks_deadline")
    private LocalDate asksDeadline;

    @Column(name = "issues_raised", length = 3000)
    private String issuesRaised;

    @Column(name = "public_report", nullable = false)
    private boolean publicReport;

    @Column(name = "for_bulletin", nullable = false)
    private boolean forBulletin;

    @Column(name = "for_agenda", nullable = false)
    private boolean forAgenda;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReportBack() { }

    public ReportBack(Long bodyId, Long meetingId, Long authorId, String authorName, Instant now) {
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void write(String decisions, String progress, String information, String asks, LocalDate asksDeadline,
               String issuesRaised, boolean publicReport, boolean forBulletin, boolean forAgenda, Instant now) {
        this.decisions = decisions;
        this.progress = progress;
        this.information = information;
        this.asks = asks;
        this.asksDeadline = asks == null ? null : asksDeadline;
        this.issuesRaised = issuesRaised;
        this.publicReport = publicReport;
        this.forBulletin = forBulletin;
        this.forAgenda = forAgenda;
        this.updatedAt = now;
    }

    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }

    public void publish(Instant now) {
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    public boolean isPublished() { return status == Status.PUBLISHED; }

    public Long getId() { return id; }
    public Long getBodyId() { return bodyId; }
    public Long getMeetingId() { return meetingId; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public String getDecisions() { return decisions; }
    public String getProgress() { return progress; }
    public String getInformation() { return information; }
    public String getAsks() { return asks; }
    public LocalDate getAsksDeadline() { return asksDeadline; }
    public String getIssuesRaised() { return issuesRaised; }
    public boolean isPublicReport() { return publicReport; }
    public boolean isForBulletin() { return forBulletin; }
    public boolean isForAgenda() { return forAgenda; }
    public Status getStatus() { return status; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
