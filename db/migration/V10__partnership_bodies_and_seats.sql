-- Representation (issue 4): the register of partnership bodies, their VCS seats and who holds them.
-- A body is data, not code (DOMAIN.md): trust boards, LSCBs and their successors are rows here.

CREATE TABLE partnership_body (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    body_type         VARCHAR(30)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    superseded_by_id  BIGINT,
    parent_id         BIGINT,
    chair             VARCHAR(160),
    business_manager  VARCHAR(160),
    contact_email     VARCHAR(254),
    purpose           VARCHAR(4000),
    influence_roles   VARCHAR(200)  NOT NULL,
    meets             VARCHAR(300),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_body_name UNIQUE (name),
    CONSTRAINT fk_body_superseded FOREIGN KEY (superseded_by_id) REFERENCES partnership_body (id),
    CONSTRAINT fk_body_parent FOREIGN KEY (parent_id) REFERENCES partnership_body (id)
);

-- a body's meeting, as far as representation needs it (report-backs, attendance claims); issue 5 may replace it
CREATE TABLE body_meeting (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id     BIGINT        NOT NULL,
    meets_on    DATE          NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_body_meeting UNIQUE (body_id, meets_on),
    CONSTRAINT fk_meeting_body FOREIGN KEY (body_id) REFERENCES partnership_body (id)
);

CREATE TABLE body_update (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id     BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body_text   VARCHAR(4000) NOT NULL,
    posted_by   VARCHAR(160)  NOT NULL,
    posted_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_update_body FOREIGN KEY (body_id) REFERENCES partnership_body (id)
);
CREATE INDEX ix_body_update_body ON body_update (body_id, posted_at);

CREATE TABLE seat (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id            BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    constituency       VARCHAR(20)   NOT NULL,
    district_id        BIGINT,
    theme              VARCHAR(120),
    remit              VARCHAR(3000) NOT NULL,
    term_months        INT           NOT NULL,
    has_deputy         BOOLEAN       NOT NULL,
    filled_by          VARCHAR(20)   NOT NULL,
    election_cycle     INT,
    time_commitment    VARCHAR(300),
    sort_order         INT           NOT NULL,
    retired_at         DATETIME(6),
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_seat_body FOREIGN KEY (body_id) REFERENCES partnership_body (id),
    CONSTRAINT fk_seat_district FOREIGN KEY (district_id) REFERENCES district (id)
);
CREATE INDEX ix_seat_body ON seat (body_id);

-- who held a seat (or its deputy place) and when. current_slot is "<seat>:<role>" while the term runs and
-- NULL once ended, so the unique constraint allows one current holder and one current deputy per seat
CREATE TABLE seat_term (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seat_id          BIGINT        NOT NULL,
    place            VARCHAR(10)   NOT NULL,
    account_id       BIGINT,
    holder_name      VARCHAR(160)  NOT NULL,
    contact_email    VARCHAR(254),
    organisation_id  BIGINT,
    filled_by        VARCHAR(20)   NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    ended_on         DATE,
    end_reason       VARCHAR(300),
    contest_id       BIGINT,
    current_slot     VARCHAR(40),
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_seat_term_current UNIQUE (current_slot),
    CONSTRAINT fk_term_seat FOREIGN KEY (seat_id) REFERENCES seat (id),
    CONSTRAINT fk_term_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_term_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_seat_term_seat ON seat_term (seat_id, starts_on);
CREATE INDEX ix_seat_term_account ON seat_term (account_id);
