package org.acorn.meetings.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An agenda item. Part 1 items belong to a round and appear in every district forum of it; part 2 items
 * belong to one meeting (part 0: an ordinary agenda without parts). A member's submission waits as
 * {@link Status#SUBMITTED} until the chair takes it onto the agenda.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    public enum Status { AGENDA, SUBMITTED, DECLINED }

    public static final int ORDINARY = 0;
    public static final int PART_ONE = 1;
    public static final int PART_TWO = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "round_id")
    private Long roundId;

    @Column(nullable = false)
    private int part;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(length = 160)
    private String presenter;

    @Column(name = "minutes_allowed")
    private Integer minutesAllowed;

    @Column(length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.AGENDA;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "escalated_from_id")
    private Long escalatedFromId;

    @Column(name = "escalated_to_id")
    private Long escalatedToId;

    @Column(length = 2000)
    private String history;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgendaItem() { }

    public AgendaItem(Long meetingId, Long roundId, int part, int position, String title, Purpose purpose, Instant now) {
        this.meetingId = meetingId;
        this.roundId = roundId;
        this.part = part;
        this.position = position;
        this.title = title;
        this.purpose = purpose;
        this.createdAt = now;
    }

    /** Appends a dated line to the item's history (kept when it is escalated). */
    public void note(String line) {
        String next = history == null ? line : history + "\n" + line;
        history = next.length() > 2000 ? next.substring(next.length() - 2000) : next;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getRoundId() { return roundId; }
    public int getPart() { return part; }

    /** Moves the item between a round's shared part 1 and one forum's own part 2. */
    public void moveTo(Long meetingId, Long roundId, int part, int position) {
        this.meetingId = meetingId;
        this.roundId = roundId;
        this.part = part;
        this.position = position;
    }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Purpose getPurpose() { return purpose; }
    public void setPurpose(Purpose purpose) { this.purpose = purpose; }
    public String getPresenter() { return presenter; }
    public void setPresenter(String presenter) { this.presenter = presenter; }
    public Integer getMinutesAllowed() { return minutesAllowed; }
    public void setMinutesAllowed(Integer minutesAllowed) { this.minutesAllowed = minutesAllowed; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Long getSubmittedBy() { return submittedBy; }
    public void setSubmittedBy(Long submittedBy) { this.submittedBy = submittedBy; }
    public Long getEscalatedFromId() { return escalatedFromId; }
    public void setEscalatedFromId(Long v) { this.escalatedFromId = v; }
    public Long getEscalatedToId() { return escalatedToId; }
    public void setEscalatedToId(Long v) { this.escalatedToId = v; }
    public String getHistory() { return history; }
    public boolean isEscalated() { return escalatedToId != null; }
}
