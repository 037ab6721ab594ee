-- Bulletins, audiences, per-topic email choices, one-click unsubscribe, refused addresses.

CREATE TABLE bulletin (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    intro_md       TEXT          NOT NULL,
    audience       VARCHAR(60)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    scheduled_at   DATETIME(6),
    sent_at        DATETIME(6),
    created_by     BIGINT        NOT NULL,
    created_name   VARCHAR(160)  NOT NULL,
    approved_by    BIGINT,
    html_frozen    MEDIUMTEXT,
    text_frozen    MEDIUMTEXT,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_bulletin_author FOREIGN KEY (created_by) REFERENCES account (id)
);
CREATE INDEX ix_bulletin_status ON bulletin (status, scheduled_at);

CREATE TABLE bulletin_section (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bulletin_id  BIGINT        NOT NULL,
    heading      VARCHAR(120)  NOT NULL,
    sort_order   INT           NOT NULL,
    CONSTRAINT fk_section_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
);

-- An item is a copy of what was picked, so the preview is exactly what is sent even if the source changes later.
CREATE TABLE bulletin_item (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id    BIGINT         NOT NULL,
    source        VARCHAR(30)    NOT NULL,
    source_id     VARCHAR(40)    NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    summary       VARCHAR(2000)  NOT NULL,
    link          VARCHAR(500)   NOT NULL,
    sort_order    INT            NOT NULL,
    CONSTRAINT fk_item_section FOREIGN KEY (section_id) REFERENCES bulletin_section (id)
);

-- One row per recipient: the unique key makes "exactly once per address" a database rule.
CREATE TABLE bulletin_recipient (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bulletin_id  BIGINT        NOT NULL,
    account_id   BIGINT,
    email        VARCHAR(254)  NOT NULL,
    name         VARCHAR(160)  NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    attempts     INT           NOT NULL,
    last_error   VARCHAR(500),
    sent_at      DATETIME(6),
    CONSTRAINT uq_bulletin_recipient UNIQUE (bulletin_id, email),
    CONSTRAINT fk_recipient_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
);
CREATE INDEX ix_recipient_status ON bulletin_recipient (bulletin_id, status);

-- Per person and topic: EACH item as it comes, a WEEKLY digest, or NONE. No row means the topic's default.
CREATE TABLE topic_choice (
    account_id  BIGINT       NOT NULL,
    topic       VARCHAR(20)  NOT NULL,
    mode        VARCHAR(10)  NOT NULL,
    PRIMARY KEY (account_id, topic),
    CONSTRAINT fk_choice_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Distribution lists for contacts outside membership.
CREATE TABLE outside_contact (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_name   VARCHAR(80)   NOT NULL,
    name        VARCHAR(160)  NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    stopped_at  DATETIME(6),
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_outside_contact UNIQUE (list_name, email)
);

-- The stop link in one email. Only the token's SHA-256 is kept.
CREATE TABLE mailing_unsubscribe (
    token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    account_id  BIGINT,
    contact_id  BIGINT,
    topic       VARCHAR(20)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    used_at     DATETIME(6)
);

-- Addresses a mail server refused permanently (5xx, malformed): not tried again until someone corrects them.
CREATE TABLE refused_address (
    email       VARCHAR(254)  NOT NULL PRIMARY KEY,
    reason      VARCHAR(500)  NOT NULL,
    refused_at  DATETIME(6)   NOT NULL
);
