package org.acorn.consortium.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document the bid team writes together (the method statement, the budget). Its versions are kept; whoever checks
 * it out holds it until they check a new version in or let it go, so two people do not overwrite each other; and a
 * new version must say which version it was based on, so a save over someone else's change is refused even unlocked.
 */
@Entity
@Table(name = "consortium_bid_document")
public class BidDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "locked_by")
    private Long lockedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @jakarta.persistence.Version
    private long version;

    protected BidDocument() { }

    public BidDocument(Long bidId, String title) {
        this.bidId = bidId;
        this.title = title;
    }

    public void lock(Long by, Instant at) { this.lockedBy = by; this.lockedAt = at; }
    public void unlock() { this.lockedBy = null; this.lockedAt = null; }
    public void advance(int to) { this.currentVersion = to; }

    public Long getBidId() { return bidId; }
    public String getTitle() { return title; }
    public int getCurrentVersion() { return currentVersion; }
    public Long getLockedBy() { return lockedBy; }
    public Instant getLockedAt() { return lockedAt; }
    public boolean isLocked() { return lockedBy != null; }

    public Long getId() { return id; }
}
