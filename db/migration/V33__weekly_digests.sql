-- One weekly digest per person per week: the row is written in the transaction that queues the email.
CREATE TABLE update_digest_sent (
    account_id  BIGINT       NOT NULL,
    week_of     DATE         NOT NULL,
    items       INT          NOT NULL,
    queued_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, week_of),
    CONSTRAINT fk_digest_account FOREIGN KEY (account_id) REFERENCES account (id)
);
