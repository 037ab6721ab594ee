package org.acorn.meetings.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's comment on circulated draft minutes, on one item or on the whole (no item), against the revision they
 * read; the minute-taker and chair see it beside the draft. Comments close when the minutes are approved.
 */
@Entity
@Table(name = "minutes_comment")
public class MinutesComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MinutesComment() { }

    public MinutesComment(Long minutesId, Long itemId, Long accountId, int revision, String body, Instant now) {
        this.minutesId = minutesId;
        this.itemId = itemId;
        this.accountId = accountId;
        this.revision = revision;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getMinutesId() { return minutesId; }
    public Long getItemId() { return itemId; }
    public Long getAccountId() { return accountId; }
    public int getRevision() { return revision; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
