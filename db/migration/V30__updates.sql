-- Updates (issue 6): LSCB and partnership body updates, briefings, news, consultations, newsletter articles.

-- The smallest honest link between a statutory partner officer and the bodies they may post for.
CREATE TABLE body_officer (
    body_id     BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (body_id, account_id),
    CONSTRAINT fk_officer_body FOREIGN KEY (body_id) REFERENCES partnership_body (id),
    CONSTRAINT fk_officer_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE news_update (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    body_md            TEXT          NOT NULL,
    body_html          TEXT          NOT NULL,
    body_id            BIGINT,
    author_id          BIGINT        NOT NULL,
    author_name        VARCHAR(160)  NOT NULL,
    visibility         VARCHAR(10)   NOT NULL,
    publish_at         DATETIME(6)   NOT NULL,
    closes_on          DATE,
    collated_md        TEXT,
    answer_md          TEXT,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    notified_at        DATETIME(6),
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_update_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_news_body FOREIGN KEY (body_id) REFERENCES partnership_body (id)
);
CREATE INDEX ix_update_publish ON news_update (publish_at);
CREATE INDEX ix_update_kind ON news_update (kind, publish_at);

-- Tags: "district-<id>" or "term-<taxonomy term id>" (themes and ECM outcomes come from the directory's taxonomies).
CREATE TABLE news_update_tag (
    update_id  BIGINT       NOT NULL,
    tag        VARCHAR(40)  NOT NULL,
    PRIMARY KEY (update_id, tag),
    CONSTRAINT fk_tag_update FOREIGN KEY (update_id) REFERENCES news_update (id)
);
CREATE INDEX ix_update_tag ON news_update_tag (tag);

CREATE TABLE news_update_revision (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    update_id   BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body_md     TEXT          NOT NULL,
    edited_by   VARCHAR(160)  NOT NULL,
    edited_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_revision_update FOREIGN KEY (update_id) REFERENCES news_update (id)
);

CREATE TABLE news_update_file (
    update_id  BIGINT   NOT NULL,
    file_id    BIGINT   NOT NULL,
    image      BOOLEAN  NOT NULL,
    PRIMARY KEY (update_id, file_id),
    CONSTRAINT fk_ufile_update FOREIGN KEY (update_id) REFERENCES news_update (id),
    CONSTRAINT fk_ufile_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

-- A briefing's key actions, and who has ticked them.
CREATE TABLE key_action (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    update_id   BIGINT        NOT NULL,
    label       VARCHAR(300)  NOT NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT fk_action_update FOREIGN KEY (update_id) REFERENCES news_update (id)
);
CREATE TABLE key_action_tick (
    action_id   BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    ticked_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (action_id, account_id),
    CONSTRAINT fk_tick_action FOREIGN KEY (action_id) REFERENCES key_action (id),
    CONSTRAINT fk_tick_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE consultation_response (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    update_id        BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    author_name      VARCHAR(160)  NOT NULL,
    organisation_id  BIGINT,
    body_md          TEXT          NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_response_person UNIQUE (update_id, account_id),
    CONSTRAINT fk_response_update FOREIGN KEY (update_id) REFERENCES news_update (id),
    CONSTRAINT fk_response_account FOREIGN KEY (account_id) REFERENCES account (id)
);
