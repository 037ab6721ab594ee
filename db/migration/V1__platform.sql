-- Acorn platform schema. Portable across H2 (MySQL mode), MySQL 8 and MariaDB 10.11:
-- plain types only, no vendor functions, explicit index names.

CREATE TABLE network_profile (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(160) NOT NULL,
    short_name      VARCHAR(40)  NOT NULL,
    area_name       VARCHAR(120) NOT NULL,
    model           VARCHAR(20)  NOT NULL,
    intro           VARCHAR(2000),
    terms_text      VARCHAR(4000) NOT NULL,
    listing_policy  VARCHAR(4000) NOT NULL,
    small_income_threshold INT   NOT NULL,
    contact_email   VARCHAR(254),
    created_at      DATETIME(6)  NOT NULL
);

CREATE TABLE district (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT uq_district_name UNIQUE (name)
);

CREATE TABLE organisation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    name_key            VARCHAR(200)  NOT NULL,
    org_type            VARCHAR(40)   NOT NULL,
    charity_number      VARCHAR(12),
    company_number      VARCHAR(10),
    county_wide         BOOLEAN       NOT NULL,
    income_band         VARCHAR(20),
    contact_name        VARCHAR(120),
    contact_email       VARCHAR(254),
    contact_phone       VARCHAR(40),
    postal_address      VARCHAR(500),
    contact_preference  VARCHAR(10)   NOT NULL,
    website             VARCHAR(300),
    description         VARCHAR(2000),
    membership_status   VARCHAR(20)   NOT NULL,
    joined_at           DATETIME(6),
    last_verified_at    DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_organisation_name_key UNIQUE (name_key)
);
CREATE INDEX ix_organisation_charity ON organisation (charity_number);
CREATE INDEX ix_organisation_joined ON organisation (joined_at);

CREATE TABLE organisation_district (
    organisation_id BIGINT NOT NULL,
    district_id     BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, district_id),
    CONSTRAINT fk_od_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_od_district FOREIGN KEY (district_id) REFERENCES district (id)
);

CREATE TABLE account (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email               VARCHAR(254)  NOT NULL,
    display_name        VARCHAR(120)  NOT NULL,
    password_hash       VARCHAR(200),
    email_verified_at   DATETIME(6),
    organisation_id     BIGINT,
    job_title           VARCHAR(120),
    phone               VARCHAR(40),
    status              VARCHAR(20)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    last_login_at       DATETIME(6),
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_account_org ON account (organisation_id);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role_name   VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- one-time links (verify email, reset password); only a SHA-256 of the token is kept
CREATE TABLE account_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uq_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- a signed-in browser; ended rows stop that browser at its next request, on any node
CREATE TABLE login_session (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id     CHAR(32)     NOT NULL,
    account_id    BIGINT       NOT NULL,
    user_agent    VARCHAR(300),
    client_address VARCHAR(64),
    created_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    ended_at      DATETIME(6),
    CONSTRAINT uq_login_session_public UNIQUE (public_id),
    CONSTRAINT fk_session_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_login_session_account ON login_session (account_id);

-- counted attempts for throttling login, registration and reset, per account and per address
CREATE TABLE throttle_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action      VARCHAR(30)  NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_throttle_lookup ON throttle_event (action, subject, occurred_at);

CREATE TABLE membership_application (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_name   VARCHAR(200)  NOT NULL,
    name_key            VARCHAR(200)  NOT NULL,
    org_type            VARCHAR(40)   NOT NULL,
    charity_number      VARCHAR(12),
    company_number      VARCHAR(10),
    county_wide         BOOLEAN       NOT NULL,
    district_ids        VARCHAR(400),
    contact_name        VARCHAR(120)  NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    password_hash       VARCHAR(200),
    agreed_terms_at     DATETIME(6)   NOT NULL,
    agreed_listing_at   DATETIME(6)   NOT NULL,
    token_hash          CHAR(64),
    token_expires_at    DATETIME(6),
    email_verified_at   DATETIME(6),
    status              VARCHAR(20)   NOT NULL,
    decision_reason     VARCHAR(1000),
    decided_by          BIGINT,
    decided_at          DATETIME(6),
    organisation_id     BIGINT,
    account_id          BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_application_token UNIQUE (token_hash)
);
CREATE INDEX ix_application_status ON membership_application (status);
CREATE INDEX ix_application_name ON membership_application (name_key);

CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    invited_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6),
    revoked_at      DATETIME(6),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_invitation_org ON invitation (organisation_id);

-- append-only from the application: there is no code path that updates or deletes a row
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)   NOT NULL,
    actor_id        BIGINT,
    actor_name      VARCHAR(120)  NOT NULL,
    action          VARCHAR(60)   NOT NULL,
    target_type     VARCHAR(40),
    target_id       BIGINT,
    target_label    VARCHAR(200),
    on_behalf_of    VARCHAR(200),
    detail          VARCHAR(4000)
);
CREATE INDEX ix_audit_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor_id);

-- side effects written in the same transaction as the change that causes them
CREATE TABLE outbox_message (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(30)   NOT NULL,
    dedupe_key    VARCHAR(200)  NOT NULL,
    payload       MEDIUMTEXT          NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    attempts      INT           NOT NULL,
    available_at  DATETIME(6)   NOT NULL,
    lease_owner   VARCHAR(64),
    lease_until   DATETIME(6),
    created_at    DATETIME(6)   NOT NULL,
    processed_at  DATETIME(6),
    last_error    VARCHAR(1000),
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX ix_outbox_due ON outbox_message (status, available_at);
