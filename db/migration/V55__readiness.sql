-- Contract readiness (issue 9): each organisation's checklist of policies, insurance, accounts, governance and
-- monitoring capacity, with the document, its review or expiry date and the staff review; the safeguarding
-- self-assessment and its private action plan; templates members offer for the library; help requests and the
-- members who volunteer to help.
CREATE TABLE readiness_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id    BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    file_id            BIGINT        NOT NULL,
    expires_on         DATE          NOT NULL,
    note               VARCHAR(1000),
    status             VARCHAR(12)   NOT NULL,
    submitted_by       BIGINT,
    submitted_at       DATETIME(6)   NOT NULL,
    reviewed_by        BIGINT,
    reviewer_name      VARCHAR(160),
    reviewed_at        DATETIME(6),
    review_note        VARCHAR(1000),
    reminded_for       DATE,
    expired_notice_for DATE,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_readiness_item UNIQUE (organisation_id, kind),
    CONSTRAINT fk_readiness_item_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_readiness_item_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_readiness_item_expiry ON readiness_item (expires_on);
CREATE INDEX ix_readiness_item_status ON readiness_item (status);

CREATE TABLE readiness_answer (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    question         VARCHAR(40)  NOT NULL,
    answer           VARCHAR(10)  NOT NULL,
    answered_by      BIGINT,
    answered_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_readiness_answer UNIQUE (organisation_id, question),
    CONSTRAINT fk_readiness_answer_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE readiness_action (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    question         VARCHAR(40)   NOT NULL,
    action_text      VARCHAR(1000) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    done_at          DATETIME(6),
    done_by          VARCHAR(160),
    CONSTRAINT uq_readiness_action UNIQUE (organisation_id, question),
    CONSTRAINT fk_readiness_action_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE readiness_template_offer (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id      BIGINT         NOT NULL,
    title                VARCHAR(200)   NOT NULL,
    summary              VARCHAR(2000)  NOT NULL,
    kind                 VARCHAR(30)    NOT NULL,
    file_id              BIGINT         NOT NULL,
    status               VARCHAR(12)    NOT NULL,
    offered_by           BIGINT,
    offered_at           DATETIME(6)    NOT NULL,
    reviewed_by          BIGINT,
    reviewed_at          DATETIME(6),
    review_note          VARCHAR(1000),
    library_resource_id  BIGINT,
    version              BIGINT         NOT NULL,
    CONSTRAINT fk_readiness_offer_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_readiness_offer_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_readiness_offer_library FOREIGN KEY (library_resource_id) REFERENCES library_resource (id)
);

CREATE TABLE readiness_helper (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    topic            VARCHAR(20)  NOT NULL,
    account_id       BIGINT       NOT NULL,
    offered_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_readiness_helper UNIQUE (organisation_id, topic),
    CONSTRAINT fk_readiness_helper_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_readiness_helper_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE readiness_help_request (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id         BIGINT         NOT NULL,
    topic                   VARCHAR(20)    NOT NULL,
    details                 VARCHAR(2000)  NOT NULL,
    status                  VARCHAR(12)    NOT NULL,
    requested_by            BIGINT,
    requested_at            DATETIME(6)    NOT NULL,
    helper_account_id       BIGINT,
    helper_organisation_id  BIGINT,
    routed_by               VARCHAR(160),
    routed_at               DATETIME(6),
    outcome                 VARCHAR(2000),
    closed_at               DATETIME(6),
    version                 BIGINT         NOT NULL,
    CONSTRAINT fk_readiness_help_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_readiness_help_helper FOREIGN KEY (helper_account_id) REFERENCES account (id)
);
CREATE INDEX ix_readiness_help_status ON readiness_help_request (status);
