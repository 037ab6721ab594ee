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
import java.time.LocalDate;

/** An action agreed at a meeting: who (a person or an organisation), by when, and how it stands. */
@Entity
@Table(name = "meeting_action")
public class MeetingAction {

    public enum Status {
        OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

        private final String label;

        Status(String label) { this.label = label; }

        public String getLabel() { return label; }
        public boolean isClosed() { return this == DONE || this == DROPPED; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_account_id")
    private Long ownerAccountId;

    @Column(name = "owner_org_id")
    private Long ownerOrgId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MeetingAction() { }

    public MeetingAction(Long meetingId, Long itemId, String description, Long ownerAccountId, Long ownerOrgId,
                         String ownerName, LocalDate dueOn, Instant now) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.description = description;
        this.ownerAccountId = ownerAccountId;
        this.ownerOrgId = ownerOrgId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.createdAt = now;
    }

    public void setStatus(Status status, LocalDate today) {
        this.status = status;
        this.closedOn = status.isClosed() ? today : null;
    }

    public boolean isOverdue(LocalDate today) { return !status.isClosed() && dueOn.isBefore(today); }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getItemId() { return itemId; }
    public String getDescription() { return description; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public Long getOwnerOrgId() { return ownerOrgId; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public LocalDate getClosedOn() { return closedOn; }
    public LocalDate getRemindedOn() { return remindedOn; }
    public void setRemindedOn(LocalDate d) { this.remindedOn = d; }
    public Instant getCreatedAt() { return createdAt; }
}
