package org.acorn.directory.currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one-click link of one reminder: stored as the token's hash, expires, spent when the cycle is confirmed. */
@Entity
@Table(name = "listing_link")
public class ListingLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_id", nullable = false)
    private Long checkId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ListingLink() { }

    public ListingLink(Long checkId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.checkId = checkId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void spend(Instant now) { if (usedAt == null) usedAt = now; }
    public Long getId() { return id; }
    public Long getCheckId() { return checkId; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
