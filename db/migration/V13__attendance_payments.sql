-- Attendance payments: schemes per funder, budgets per financial year, attendances and claims.
-- Money is whole pence.

CREATE TABLE payment_scheme (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                    VARCHAR(160)  NOT NULL,
    funder                  VARCHAR(160)  NOT NULL,
    day_rate_pence          INT,
    half_day_rate_pence     INT,
    pence_per_mile          INT,
    travel_cap_pence        INT,
    childcare_cap_pence     INT,
    backfill_cap_pence      INT,
    covers_capacities       VARCHAR(100)  NOT NULL,
    covers_body_types       VARCHAR(400)  NOT NULL,
    active                  BOOLEAN       NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uq_scheme_name UNIQUE (name)
);

CREATE TABLE scheme_budget (
    id             BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme_id      BIGINT  NOT NULL,
    budget_year    INT     NOT NULL,
    amount_pence   BIGINT  NOT NULL,
    CONSTRAINT uq_scheme_budget UNIQUE (scheme_id, budget_year),
    CONSTRAINT fk_budget_scheme FOREIGN KEY (scheme_id) REFERENCES payment_scheme (id)
);

-- who attended which meeting, in what capacity, recorded by staff or by the person themselves
CREATE TABLE attendance (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id       BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    capacity         VARCHAR(20)   NOT NULL,
    day_part         VARCHAR(10)   NOT NULL,
    recorded_by      VARCHAR(160)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_attendance UNIQUE (meeting_id, account_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES body_meeting (id),
    CONSTRAINT fk_attendance_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE claim (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attendance_id     BIGINT        NOT NULL,
    scheme_id         BIGINT        NOT NULL,
    claimant_id       BIGINT        NOT NULL,
    rate_pence        INT           NOT NULL,
    miles             INT           NOT NULL,
    mileage_pence     INT           NOT NULL,
    fares_pence       INT           NOT NULL,
    childcare_pence   INT           NOT NULL,
    backfill_pence    INT           NOT NULL,
    total_pence       INT           NOT NULL,
    note              VARCHAR(1000),
    status            VARCHAR(20)   NOT NULL,
    return_reason     VARCHAR(1000),
    decided_by        VARCHAR(160),
    decided_at        DATETIME(6),
    submitted_at      DATETIME(6)   NOT NULL,
    budget_year       INT           NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_claim_attendance UNIQUE (attendance_id),
    CONSTRAINT fk_claim_attendance FOREIGN KEY (attendance_id) REFERENCES attendance (id),
    CONSTRAINT fk_claim_scheme FOREIGN KEY (scheme_id) REFERENCES payment_scheme (id),
    CONSTRAINT fk_claim_claimant FOREIGN KEY (claimant_id) REFERENCES account (id)
);
CREATE INDEX ix_claim_status ON claim (status, submitted_at);
CREATE INDEX ix_claim_scheme_year ON claim (scheme_id, budget_year);
