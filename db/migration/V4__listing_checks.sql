-- Keeping listings current. Portable across H2 (MySQL mode), MySQL 8 and MariaDB 10.11.

-- One reminder cycle of an organisation: opened when its listing (profile or a running service) falls due and
-- its admins are first emailed; closed when it is confirmed by link, marked verified by staff after a call or
-- letter, or found checked by other means (an editor saved it). cycle_no counts an organisation's cycles, so
-- two nodes running the daily job at once cannot both open the same cycle (uq_listing_check_cycle).
CREATE TABLE listing_check (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    cycle_no         INT           NOT NULL,
    opened_at        DATETIME(6)   NOT NULL,
    reminders_sent   INT           NOT NULL,
    last_sent_at     DATETIME(6),
    recipients       VARCHAR(1000),
    closed_at        DATETIME(6),
    outcome          VARCHAR(20),
    closed_by        VARCHAR(200),
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_listing_check_cycle UNIQUE (organisation_id, cycle_no),
    CONSTRAINT fk_listing_check_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_listing_check_open ON listing_check (closed_at, organisation_id);

-- The one-click links of a cycle's reminders (each reminder has its own): only the SHA-256 of the token is kept.
CREATE TABLE listing_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    check_id    BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uq_listing_link_token UNIQUE (token_hash),
    CONSTRAINT fk_listing_link_check FOREIGN KEY (check_id) REFERENCES listing_check (id)
);
CREATE INDEX ix_listing_link_check ON listing_link (check_id);
