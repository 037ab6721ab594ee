package org.acorn.governance.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A receipt (a platform stored file) attached to a claim. */
@Entity
@Table(name = "claim_receipt")
public class ClaimReceipt {

    public static final String OWNER_KIND = "claim-receipt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "stored_file_id", nullable = false)
    private Long storedFileId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClaimReceipt() { }

    ClaimReceipt(Long claimId, Long storedFileId, Instant now) {
        this.claimId = claimId;
        this.storedFileId = storedFileId;
        this.createdAt = now;
    }

    public Long getClaimId() { return claimId; }
    public Long getStoredFileId() { return storedFileId; }
}
