-- Assessors of the volunteer accreditation scheme (issue 8): people appointed by network staff. Only they sign off
-- assessed modules and award accreditation; an organisation's admin cannot.

CREATE TABLE accreditation_assessor (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    appointed_by  BIGINT       NOT NULL,
    appointed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_accr_assessor_account UNIQUE (account_id),
    CONSTRAINT fk_accr_assessor_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_accr_assessor_by FOREIGN KEY (appointed_by) REFERENCES account (id)
);
