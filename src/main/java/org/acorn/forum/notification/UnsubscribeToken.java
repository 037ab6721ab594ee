package org.acorn.forum.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stop link in one forum email: whose, and what it stops. Only the token's SHA-256 is kept. */
@Entity
@Table(name = "forum_unsubscribe")
public class UnsubscribeToken {

    /** What a stop link stops: a category's emails, a followed topic, mention emails, digests, or all forum email. */
    public enum Scope { CATEGORY, TOPIC, MENTIONS, DIGESTS }

    @Id @Column(name = "token_hash", length = 64) private String tokenHash;
    @Column(name = "account_id", nullable = false) private Long accountId;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) private Scope scope;
    @Column(name = "scope_id") private Long scopeId;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "used_at") private Instant usedAt;

    protected UnsubscribeToken() { }

    UnsubscribeToken(String tokenHash, Long accountId, Scope scope, Long scopeId, Instant now) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.scope = scope;
        this.scopeId = scopeId;
        this.createdAt = now;
    }

    public Long getAccountId() { return accountId; }
    public Scope getScope() { return scope; }
    public Long getScopeId() { return scopeId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUsedAt() { return usedAt; }
    void used(Instant at) { if (usedAt == null) usedAt = at; }
}
