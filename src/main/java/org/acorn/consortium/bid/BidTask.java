package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A task in the bid: who does it and by when; its owner is reminded by email before it is due. */
@Entity
@Table(name = "consortium_bid_task")
public class BidTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected BidTask() { }

    public BidTask(Long bidId, String title, Long ownerId, LocalDate dueOn) {
        this.bidId = bidId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
    }

    public void done(Instant at) { this.doneAt = at; }
    public void reminded(Instant at) { this.remindedAt = at; }

    public Long getBidId() { return bidId; }
    public String getTitle() { return title; }
    public Long getOwnerId() { return ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getDoneAt() { return doneAt; }
    public boolean isDone() { return doneAt != null; }
    public Instant getRemindedAt() { return remindedAt; }

    public Long getId() { return id; }
}
