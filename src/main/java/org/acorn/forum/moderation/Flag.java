package org.acorn.forum.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reader's report that a post breaks the code of conduct. Open until a moderator hides the post or dismisses it. */
@Entity
@Table(name = "forum_flag")
public class Flag {

    public enum Reason {
        OFFENSIVE("Rude or offensive"), IDENTIFIES("Could identify a child or family"), SPAM("Spam or advertising"),
        OFF_TOPIC("Off topic"), OTHER("Something else");

        private final String label;
        Reason(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Resolution { HIDDEN, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false) private Long postId;
    @Column(name = "flagged_by", nullable = false) private Long flaggedBy;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Reason reason;
    @Column(length = 500) private String note;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "resolved_at") private Instant resolvedAt;
    @Column(name = "resolved_by") private Long resolvedBy;
    @Enumerated(EnumType.STRING) @Column(length = 10) private Resolution resolution;

    protected Flag() { }

    public Flag(Long postId, Long flaggedBy, Reason reason, String note, Instant now) {
        this.postId = postId;
        this.flaggedBy = flaggedBy;
        this.reason = reason;
        this.note = note;
        this.createdAt = now;
    }

    void resolve(Resolution resolution, Long by, Instant at) {
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() { return id; }
    public Long getPostId() { return postId; }
    public Long getFlaggedBy() { return flaggedBy; }
    public Reason getReason() { return reason; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Resolution getResolution() { return resolution; }
}
