package org.acorn.meetings.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The whole text of the minutes as saved once: earlier wordings are never lost. */
@Entity
@Table(name = "minutes_revision")
public class MinutesRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Minutes.State state;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "saved_by", nullable = false, length = 160)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected MinutesRevision() { }

    public MinutesRevision(Long minutesId, int revision, Minutes.State state, String content, String savedBy, Instant now) {
        this.minutesId = minutesId;
        this.revision = revision;
        this.state = state;
        this.content = content;
        this.savedBy = savedBy;
        this.savedAt = now;
    }

    public Long getId() { return id; }
    public int getRevision() { return revision; }
    public Minutes.State getState() { return state; }
    public String getContent() { return content; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
}
