-- Consortium allocations (issue 9): a won contract's parts allocated among members by lot, area, client group,
-- volume and value, with the rationale and who agreed it when. Each change keeps the version it replaced; delivery
-- (volumes and payments) is recorded per period against an allocation.

CREATE TABLE consortium_allocation (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id   BIGINT         NOT NULL,
    lot_id           BIGINT         NOT NULL,
    organisation_id  BIGINT         NOT NULL,
    area             VARCHAR(300)   NOT NULL,
    client_group     VARCHAR(300)   NOT NULL,
    volume           INT            NOT NULL,
    volume_unit      VARCHAR(80)    NOT NULL,
    value_pence      BIGINT         NOT NULL,
    rationale        VARCHAR(2000)  NOT NULL,
    agreed_by        VARCHAR(500)   NOT NULL,
    agreed_on        DATE           NOT NULL,
    version_no       INT            NOT NULL,
    changed_by       BIGINT         NOT NULL,
    changed_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT ck_consortium_alloc_value CHECK (value_pence >= 0 AND volume >= 0),
    CONSTRAINT fk_consortium_alloc_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id),
    CONSTRAINT fk_consortium_alloc_lot FOREIGN KEY (lot_id) REFERENCES consortium_lot (id),
    CONSTRAINT fk_consortium_alloc_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_consortium_alloc_opp ON consortium_allocation (opportunity_id);

CREATE TABLE consortium_allocation_version (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    allocation_id    BIGINT         NOT NULL,
    version_no       INT            NOT NULL,
    lot_id           BIGINT         NOT NULL,
    organisation_id  BIGINT         NOT NULL,
    area             VARCHAR(300)   NOT NULL,
    client_group     VARCHAR(300)   NOT NULL,
    volume           INT            NOT NULL,
    volume_unit      VARCHAR(80)    NOT NULL,
    value_pence      BIGINT         NOT NULL,
    rationale        VARCHAR(2000)  NOT NULL,
    agreed_by        VARCHAR(500)   NOT NULL,
    agreed_on        DATE           NOT NULL,
    changed_by       BIGINT         NOT NULL,
    changed_at       DATETIME(6)    NOT NULL,
    CONSTRAINT uq_consortium_alloc_version UNIQUE (allocation_id, version_no),
    CONSTRAINT fk_consortium_allocver_alloc FOREIGN KEY (allocation_id) REFERENCES consortium_allocation (id)
);

CREATE TABLE consortium_delivery (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    allocation_id    BIGINT         NOT NULL,
    period           VARCHAR(7)     NOT NULL,
    volume           INT            NOT NULL,
    paid_pence       BIGINT         NOT NULL,
    note             VARCHAR(500),
    recorded_by      BIGINT         NOT NULL,
    recorded_at      DATETIME(6)    NOT NULL,
    CONSTRAINT uq_consortium_delivery UNIQUE (allocation_id, period),
    CONSTRAINT ck_consortium_delivery CHECK (volume >= 0 AND paid_pence >= 0),
    CONSTRAINT fk_consortium_delivery_alloc FOREIGN KEY (allocation_id) REFERENCES consortium_allocation (id)
);
