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

/** A dated note on an action's progress. */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(nullable = false, length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingAction.Status status;

    @Column(name = "by_name", nullable = false, length = 160)
    private String byName;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ActionUpdate() { }

    public ActionUpdate(Long actionId, String note, MeetingAction.Status status, String byName, Instant now) {
        this.actionId = actionId;
        this.note = note;
        this.status = status;
        this.byName = byName;
        this.writtenAt = now;
    }

    public Long getActionId() { return actionId; }
    public String getNote() { return note; }
    public MeetingAction.Status getStatus() { return status; }
    public String getByName() { return byName; }
    public Instant getWrittenAt() { return writtenAt; }
}
