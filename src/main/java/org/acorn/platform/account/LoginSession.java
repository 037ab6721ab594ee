package org.acorn.platform.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One signed-in browser, listed on "your sessions" so its owner can end it from anywhere. */
@Entity
@Table(name = "login_session")
public class LoginSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 32)
    private String publicId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected LoginSession() { }

    public LoginSession(String publicId, Long accountId, String userAgent, String clientAddress, Instant now) {
        this.publicId = publicId;
        this.accountId = accountId;
        this.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length()));
        this.clientAddress = clientAddress;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public boolean isActive() { return endedAt == null; }
    public void end(Instant now) { if (endedAt == null) endedAt = now; }
    public void seen(Instant now) { lastSeenAt = now; }

    public Long getId() { return id; }
    public String getPublicId() { return publicId; }
    public Long getAccountId() { return accountId; }
    public String getUserAgent() { return userAgent; }
    public String getClientAddress() { return clientAddress; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public Instant getEndedAt() { return endedAt; }
}
