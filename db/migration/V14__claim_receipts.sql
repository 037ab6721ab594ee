-- Receipts attached to attendance claims: the files themselves are platform stored files (V7), owner kind
-- "claim-receipt"; who may download one is decided by the claim (its claimant and co-ordinators).
CREATE TABLE claim_receipt (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id        BIGINT       NOT NULL,
    stored_file_id  BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_claim_receipt_file UNIQUE (stored_file_id),
    CONSTRAINT fk_receipt_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_receipt_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_claim_receipt_claim ON claim_receipt (claim_id);
