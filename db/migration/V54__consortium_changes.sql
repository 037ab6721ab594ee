-- Consortium (issue 9), second part: the history of an opportunity's edits after posting (shown on its page; the
-- audit log keeps the same), clarification answers an officer withdrew (kept, hidden from members), and the delivery
-- figures members report against their allocation for an officer to confirm.

CREATE TABLE consortium_opportunity_change (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id  BIGINT         NOT NULL,
    changed_by      BIGINT,
    changed_by_name VARCHAR(160)   NOT NULL,
    changed_at      DATETIME(6)    NOT NULL,
    summary         VARCHAR(8000)  NOT NULL,
    dates_changed   BOOLEAN        NOT NULL,
    CONSTRAINT fk_consortium_change_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id)
);
CREATE INDEX ix_consortium_change_opp ON consortium_opportunity_change (opportunity_id, changed_at);

ALTER TABLE consortium_question ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE consortium_question ADD COLUMN withdrawn_by BIGINT;
ALTER TABLE consortium_question ADD COLUMN withdrawn_reason VARCHAR(1000);

-- A member's own report waits (REPORTED, its payment a claim) until an officer confirms it; officers' entries and
-- the rows before this migration are CONFIRMED.
ALTER TABLE consortium_delivery ADD COLUMN status VARCHAR(12) DEFAULT 'CONFIRMED' NOT NULL;
ALTER TABLE consortium_delivery ADD COLUMN confirmed_by BIGINT;
ALTER TABLE consortium_delivery ADD COLUMN confirmed_at DATETIME(6);
