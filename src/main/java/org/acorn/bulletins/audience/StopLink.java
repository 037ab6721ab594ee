package org.acorn.bulletins.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The stop link in one bulletin, update email or digest: to whom (an account or an outside contact) and what it
 * stops. Only the token's SHA-256 is kept. Written with a plain insert (a bulletin writes thousands at once), read
 * and marked used as an entity.
 */
@Entity
@Table(name = "mailing_unsubscribe")
public class StopLink {

    @Id @Column(name = "token_hash", length = 64) private String tokenHash;
    @Column(name = "account_id") private Long accountId;
    @Column(name = "contact_id") private Long contactId;
    @Column(nullable = false, length = 20) private String topic;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "used_at") private Instant usedAt;

    protected StopLink() { }

    public Long getAccountId() { return accountId; }
    public Long getContactId() { return contactId; }
    public String getTopic() { return topic; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isUsed() { return usedAt != null; }
    void used(Instant at) { if (usedAt == null) usedAt = at; }
}
