-- Consortium (issue 9): the network's CIC that tenders for contracts on behalf of its members (seed 003 l.509-551).
-- One consortium row; officers are appointments of accounts; in the Forum model every network member is a member
-- (automatic_membership), otherwise organisations opt in. The agreement is versioned and each acceptance is kept.
-- Opportunities (tenders and funding) with lots, documents, clarification questions, expressions of interest.

CREATE TABLE consortium (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(200)  NOT NULL,
    legal_form             VARCHAR(80)   NOT NULL,
    company_number         VARCHAR(20),
    purpose                VARCHAR(4000),
    board                  VARCHAR(4000),
    automatic_membership   BOOLEAN       NOT NULL,
    commissioners_may_post BOOLEAN       NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL
);

CREATE TABLE consortium_officer (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    appointed_at  DATETIME(6)   NOT NULL,
    appointed_by  BIGINT,
    ended_at      DATETIME(6),
    CONSTRAINT fk_consortium_officer_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_consortium_officer_account ON consortium_officer (account_id, ended_at);

CREATE TABLE consortium_member (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    joined_at        DATETIME(6)  NOT NULL,
    joined_by        BIGINT,
    CONSTRAINT uq_consortium_member_org UNIQUE (organisation_id),
    CONSTRAINT fk_consortium_member_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE consortium_agreement (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_no    INT            NOT NULL,
    body          MEDIUMTEXT     NOT NULL,
    change_note   VARCHAR(500),
    published_at  DATETIME(6)    NOT NULL,
    published_by  BIGINT,
    CONSTRAINT uq_consortium_agreement_version UNIQUE (version_no)
);

CREATE TABLE consortium_acceptance (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id     BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    accepted_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_consortium_acceptance UNIQUE (agreement_id, organisation_id),
    CONSTRAINT fk_consortium_acceptance_agreement FOREIGN KEY (agreement_id) REFERENCES consortium_agreement (id),
    CONSTRAINT fk_consortium_acceptance_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE consortium_opportunity (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                   VARCHAR(200)   NOT NULL,
    commissioner            VARCHAR(200)   NOT NULL,
    description             VARCHAR(8000)  NOT NULL,
    value_pence             BIGINT         NOT NULL,
    contract_model          VARCHAR(20)    NOT NULL,
    interest_deadline       DATETIME(6)    NOT NULL,
    clarification_deadline  DATE,
    submission_deadline     DATETIME(6)    NOT NULL,
    award_date              DATE,
    start_date              DATE,
    stage                   VARCHAR(20)    NOT NULL,
    theme_ids               VARCHAR(400),
    target_group_ids        VARCHAR(400),
    district_ids            VARCHAR(400),
    created_by              BIGINT,
    created_at              DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL,
    CONSTRAINT ck_consortium_opp_value CHECK (value_pence >= 0)
);
CREATE INDEX ix_consortium_opp_created ON consortium_opportunity (created_at);

CREATE TABLE consortium_lot (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id     BIGINT         NOT NULL,
    lot_no             INT            NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    description        VARCHAR(2000),
    value_pence        BIGINT,
    min_readiness      INT,
    CONSTRAINT uq_consortium_lot_no UNIQUE (opportunity_id, lot_no),
    CONSTRAINT ck_consortium_lot_readiness CHECK (min_readiness IS NULL OR (min_readiness >= 0 AND min_readiness <= 100)),
    CONSTRAINT fk_consortium_lot_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id)
);

CREATE TABLE consortium_opp_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id  BIGINT       NOT NULL,
    file_id         BIGINT       NOT NULL,
    added_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_consortium_oppdoc_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id),
    CONSTRAINT fk_consortium_oppdoc_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

CREATE TABLE consortium_question (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id  BIGINT        NOT NULL,
    question        VARCHAR(2000) NOT NULL,
    asked_by_org    BIGINT,
    asked_at        DATETIME(6)   NOT NULL,
    answer          VARCHAR(4000),
    answered_at     DATETIME(6),
    CONSTRAINT fk_consortium_question_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id)
);

CREATE TABLE consortium_interest (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lot_id           BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    service          VARCHAR(1000) NOT NULL,
    area             VARCHAR(300)  NOT NULL,
    volume           VARCHAR(300)  NOT NULL,
    cost_pence       BIGINT,
    readiness        VARCHAR(1000),
    submitted_by     BIGINT        NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_consortium_interest UNIQUE (lot_id, organisation_id),
    CONSTRAINT ck_consortium_interest_cost CHECK (cost_pence IS NULL OR cost_pence >= 0),
    CONSTRAINT fk_consortium_interest_lot FOREIGN KEY (lot_id) REFERENCES consortium_lot (id),
    CONSTRAINT fk_consortium_interest_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
