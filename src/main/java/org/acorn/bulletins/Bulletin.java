package org.acorn.bulletins;

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

/** A co-ordinator's bulletin: the weekly email update, a newsletter or a briefing, from draft to sent. */
@Entity
@Table(name = "bulletin")
public class Bulletin {

    public enum Status {
        DRAFT("Draft"), AWAITING_APPROVAL("Waiting for a second co-ordinator"), APPROVED("Approved"),
        SCHEDULED("Scheduled"), SENDING("Sending"), SENT("Sent");

        private final String label;

        Status(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 200) private String title;
    @Column(name = "intro_md", nullable = false) private String introMarkdown = "";
    @Column(nullable = false, length = 60) private String audience;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Status status = Status.DRAFT;
    @Column(name = "scheduled_at") private Instant scheduledAt;
    @Column(name = "sent_at") private Instant sentAt;
    @Column(name = "created_by", nullable = false) private Long createdBy;
    @Column(name = "created_name", nullable = false, length = 160) private String createdName;
    @Column(name = "approved_by") private Long approvedBy;
    @Column(name = "html_frozen") private String htmlFrozen;
    @Column(name = "text_frozen") private String textFrozen;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
    /** How many the audience had when it was queued (then, once addressed, how many were addressed). */
    @Column(name = "expected") private Integer expected;
    @Column(name = "queued_at") private Instant queuedAt;
    /** Set once every recipient has its row and outbox message; until then the background job addresses it. */
    @Column(name = "expanded_at") private Instant expandedAt;
    /** Until when one node's addressing job holds the bulletin; a node that dies lets it run out. */
    @Column(name = "expand_lease") private Instant expandLease;
    @Column(name = "expand_owner", length = 64) private String leaseOwner;
    @Version private long version;

    protected Bulletin() { }

    Bulletin(String title, String audience, Long createdBy, String createdName, Instant now) {
        this.title = title;
        this.audience = audience;
        this.createdBy = createdBy;
        this.createdName = createdName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Any change to the content takes back an approval: the second co-ordinator approved what they saw. */
    void changed(Instant now) {
        this.updatedAt = now;
        if (status == Status.APPROVED || status == Status.AWAITING_APPROVAL) {
            status = Status.DRAFT;
            approvedBy = null;
        }
    }

    void write(String title, String intro, String audience, Instant now) {
        this.title = title;
        this.introMarkdown = intro == null ? "" : intro;
        this.audience = audience;
        changed(now);
    }

    void status(Status s) { this.status = s; }
    void approvedBy(Long id) { this.approvedBy = id; }
    void schedule(Instant at) { this.scheduledAt = at; this.status = Status.SCHEDULED; }
    void freeze(String html, String text) { this.htmlFrozen = html; this.textFrozen = text; }
    void sent(Instant at) { this.sentAt = at; this.status = Status.SENT; }
    void queued(int expected, Instant at) { this.expected = expected; this.queuedAt = at; this.status = Status.SENDING; }

    public boolean isEditable() { return status == Status.DRAFT || status == Status.AWAITING_APPROVAL || status == Status.APPROVED; }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getIntroMarkdown() { return introMarkdown; }
    public String getAudience() { return audience; }
    public Status getStatus() { return status; }
    public Instant getScheduledAt() { return scheduledAt; }
    public Instant getSentAt() { return sentAt; }
    public Long getCreatedBy() { return createdBy; }
    public String getCreatedName() { return createdName; }
    public Long getApprovedBy() { return approvedBy; }
    public String getHtmlFrozen() { return htmlFrozen; }
    public String getTextFrozen() { return textFrozen; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Integer getExpected() { return expected; }
    public Instant getQueuedAt() { return queuedAt; }
    public Instant getExpandedAt() { return expandedAt; }
    public boolean isAddressed() { return expandedAt != null; }
}
