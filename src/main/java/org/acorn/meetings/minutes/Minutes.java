package org.acorn.meetings.minutes;

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

/** A meeting's minutes: draft → circulated for comment → approved (at a later meeting). Approved minutes are frozen. */
@Entity
@Table(name = "meeting_minutes")
public class Minutes {

    public enum State {
        DRAFT("Draft"), CIRCULATED("Circulated for comment"), APPROVED("Approved");

        private final String label;

        State(String label) { this.label = label; }

        public String getLabel() { return label; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.DRAFT;

    @Column(name = "open_to_public", nullable = false)
    private boolean openToPublic;

    @Column(nullable = false)
    private int revision;

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_meeting_id")
    private Long approvedMeetingId;

    @Column(name = "approved_by", length = 160)
    private String approvedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Minutes() { }

    public Minutes(Long meetingId, Instant now) {
        this.meetingId = meetingId;
        this.updatedAt = now;
    }

    public int nextRevision(Instant now) {
        updatedAt = now;
        return ++revision;
    }

    public void circulate(Instant now) {
        state = State.CIRCULATED;
        circulatedAt = now;
    }

    public void approve(Long atMeetingId, String by, Instant now) {
        state = State.APPROVED;
        approvedMeetingId = atMeetingId;
        approvedBy = by;
        approvedAt = now;
    }

    public boolean isApproved() { return state == State.APPROVED; }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public State getState() { return state; }
    public boolean isOpenToPublic() { return openToPublic; }
    public void setOpenToPublic(boolean v) { this.openToPublic = v; }
    public int getRevision() { return revision; }
    public Instant getApprovedAt() { return approvedAt; }
    public Long getApprovedMeetingId() { return approvedMeetingId; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
