package org.acorn.meetings.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of the secret in someone's private calendar feed address; deleting the row revokes the address. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarToken() { }

    public CalendarToken(Long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public Long getAccountId() { return accountId; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
}
