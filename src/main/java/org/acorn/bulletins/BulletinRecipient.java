package org.acorn.bulletins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One address a bulletin goes to; (bulletin, email) is unique, so nobody is queued twice. */
@Entity
@Table(name = "bulletin_recipient")
public class BulletinRecipient {

    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "bulletin_id", nullable = false) private Long bulletinId;
    @Column(name = "account_id") private Long accountId;
    @Column(nullable = false, length = 254) private String email;
    @Column(nullable = false, length = 160) private String name;
    @Column(nullable = false, length = 10) private String status = QUEUED;
    @Column(nullable = false) private int attempts;
    @Column(name = "last_error", length = 500) private String lastError;
    @Column(name = "sent_at") private Instant sentAt;

    protected BulletinRecipient() { }

    BulletinRecipient(Long bulletinId, Long accountId, String email, String name) {
        this.bulletinId = bulletinId;
        this.accountId = accountId;
        this.email = email;
        this.name = name == null || name.isBlank() ? "" : (name.length() > 160 ? name.substring(0, 160) : name);
    }

    public Long getId() { return id; }
    public Long getBulletinId() { return bulletinId; }
    public Long getAccountId() { return accountId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public String getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
}
