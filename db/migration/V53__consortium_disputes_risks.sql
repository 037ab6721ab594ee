-- Consortium dispute log and risk register (issue 9): disputes raised by a member about an allocation or delivery,
-- handled and resolved by the officers; the consortium's risks with likelihood, impact, owner and mitigation.

CREATE TABLE consortium_dispute (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT         NOT NULL,
    raised_by         BIGINT         NOT NULL,
    opportunity_id    BIGINT,
    subject           VARCHAR(200)   NOT NULL,
    description       VARCHAR(4000)  NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    handling          VARCHAR(4000),
    resolution        VARCHAR(4000),
    raised_at         DATETIME(6)    NOT NULL,
    resolved_at       DATETIME(6),
    handled_by        BIGINT,
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_consortium_dispute_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_consortium_dispute_opp FOREIGN KEY (opportunity_id) REFERENCES consortium_opportunity (id)
);

CREATE TABLE consortium_risk (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(200)   NOT NULL,
    description   VARCHAR(2000),
    likelihood    INT            NOT NULL,
    impact        INT            NOT NULL,
    owner         VARCHAR(200)   NOT NULL,
    mitigation    VARCHAR(2000)  NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    reviewed_at   DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT ck_consortium_risk_scores CHECK (likelihood BETWEEN 1 AND 5 AND impact BETWEEN 1 AND 5)
);
