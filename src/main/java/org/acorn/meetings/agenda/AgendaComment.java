package org.acorn.meetings.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's written view on an agenda item, for when they cannot come; the chair sees it in the meeting. */
@Entity
@Table(name = "agenda_comment")
public class AgendaComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgendaComment() { }

    public AgendaComment(Long itemId, Long accountId, String body, Instant now) {
        this.itemId = itemId;
        this.accountId = accountId;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getAccountId() { return accountId; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
