-- Consortium bids (issue 9): when the consortium decides to bid, a workspace private to the bid team (the partner
-- organisations' people and the consortium's officers): partners and roles, tasks, documents with versions and
-- check-out, a discussion, a submission checklist, evidence pulled from members' profiles, and the outcome.
-- A document version number is unique per document, so two people saving at once cannot both make version n.

CREATE TABLE consortium_bid (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id    BIGINT        NOT NULL,
    lead_org_id       BIGINT        NOT NULL,
    decided_by        BIGINT        NOT NULL,
    decided_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6),
    outcome_at        DATETIME(6),
    feedback          VARCHAR(4000),
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_consortium_bid_opp UNIQUE (opportunity_id),
    CONSTRAINT fk_consortium_bid_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id),
    CONSTRAINT fk_consortium_bid_lead FOREIGN KEY (lead_org_id) REFERENCES organisation (id)
);

CREATE TABLE consortium_bid_partner (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id           BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    role             VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_consortium_bid_partner UNIQUE (bid_id, organisation_id),
    CONSTRAINT fk_consortium_partner_bid FOREIGN KEY (bid_id) REFERENCES consortium_bid (id),
    CONSTRAINT fk_consortium_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE consortium_bid_task (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id        BIGINT        NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    owner_id      BIGINT        NOT NULL,
    due_on        DATE          NOT NULL,
    done_at       DATETIME(6),
    reminded_at   DATETIME(6),
    CONSTRAINT fk_consortium_task_bid FOREIGN KEY (bid_id) REFERENCES consortium_bid (id),
    CONSTRAINT fk_consortium_task_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_consortium_task_due ON consortium_bid_task (due_on, done_at);

CREATE TABLE consortium_bid_document (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id           BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    current_version  INT           NOT NULL,
    locked_by        BIGINT,
    locked_at        DATETIME(6),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_consortium_doc_bid FOREIGN KEY (bid_id) REFERENCES consortium_bid (id)
);

CREATE TABLE consortium_bid_doc_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT        NOT NULL,
    version_no     INT           NOT NULL,
    file_id        BIGINT        NOT NULL,
    note           VARCHAR(500),
    uploaded_by    BIGINT        NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uq_consortium_doc_version UNIQUE (document_id, version_no),
    CONSTRAINT fk_consortium_docver_doc FOREIGN KEY (document_id) REFERENCES consortium_bid_document (id),
    CONSTRAINT fk_consortium_docver_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

CREATE TABLE consortium_bid_post (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id      BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    posted_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_consortium_post_bid FOREIGN KEY (bid_id) REFERENCES consortium_bid (id)
);

CREATE TABLE consortium_bid_check (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id      BIGINT        NOT NULL,
    label       VARCHAR(300)  NOT NULL,
    sort_order  INT           NOT NULL,
    done_by     BIGINT,
    done_at     DATETIME(6),
    CONSTRAINT fk_consortium_check_bid FOREIGN KEY (bid_id) REFERENCES consortium_bid (id)
);

CREATE TABLE consortium_bid_evidence (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id           BIGINT         NOT NULL,
    organisation_id  BIGINT         NOT NULL,
    summary          VARCHAR(4000)  NOT NULL,
    pulled_by        BIGINT         NOT NULL,
    pulled_at        DATETIME(6)    NOT NULL,
    CONSTRAINT fk_consortium_evidence_bid FOREIGN KEY (bid_id) REFERENCES consortium_bid (id)
);

CREATE TABLE consortium_reminder (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id      BIGINT        NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    sent_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_consortium_reminder UNIQUE (bid_id, kind)
);
