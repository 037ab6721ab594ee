package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline reminder already sent for a bid ("deadline-7", "deadline-1"), so each goes once across nodes. */
@Entity
@Table(name = "consortium_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() { }

    public Reminder(Long bidId, String kind, Instant at) {
        this.bidId = bidId;
        this.kind = kind;
        this.sentAt = at;
    }

    public Long getBidId() { return bidId; }
    public String getKind() { return kind; }

    public Long getId() { return id; }
}
