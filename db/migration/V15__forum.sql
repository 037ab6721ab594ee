-- The forum: categories, topics, posts and their history, reading state, notification choices, moderation.
-- Portable across H2 (MySQL mode), MySQL 8 and MariaDB 10.11: plain types only, explicit index names.

-- A place to talk. visibility: PUBLIC (anyone reads, signed-in people post), MEMBERS (member organisations,
-- partner officers and staff), GROUP (only the group: audience_kind DISTRICT with district_id, STAFF, or LIST
-- with forum_category_member rows). Staff read every category.
CREATE TABLE forum_category (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000),
    kind            VARCHAR(20)   NOT NULL,
    visibility      VARCHAR(10)   NOT NULL,
    audience_kind   VARCHAR(10),
    district_id     BIGINT,
    sort_order      INT           NOT NULL,
    archived_at     DATETIME(6),
    topic_count     INT           NOT NULL,
    post_count      INT           NOT NULL,
    last_post_at    DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_forum_category_name UNIQUE (name),
    CONSTRAINT fk_forum_category_district FOREIGN KEY (district_id) REFERENCES district (id)
);

-- the people of a LIST category (e.g. a partnership body's seat holders)
CREATE TABLE forum_category_member (
    category_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (category_id, account_id),
    CONSTRAINT fk_fcm_category FOREIGN KEY (category_id) REFERENCES forum_category (id),
    CONSTRAINT fk_fcm_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_fcm_account ON forum_category_member (account_id);

-- appointed moderators, for one category or (category_id null) for all
CREATE TABLE forum_moderator (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    category_id BIGINT,
    appointed_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_fmod_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_fmod_category FOREIGN KEY (category_id) REFERENCES forum_category (id)
);
CREATE INDEX ix_fmod_account ON forum_moderator (account_id);

-- status: OPEN, PENDING (first post waiting for approval), HIDDEN (by a moderator), MERGED (its posts moved
-- to replaced_by_id), DELETED (by its author). last_post_number is the highest post_number handed out.
CREATE TABLE forum_topic (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category_id      BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    author_id        BIGINT        NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    pinned           BOOLEAN       NOT NULL,
    locked           BOOLEAN       NOT NULL,
    replaced_by_id   BIGINT,
    reply_count      INT           NOT NULL,
    last_post_number INT           NOT NULL,
    last_post_at     DATETIME(6)   NOT NULL,
    last_poster_id   BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_ftopic_category FOREIGN KEY (category_id) REFERENCES forum_category (id),
    CONSTRAINT fk_ftopic_author FOREIGN KEY (author_id) REFERENCES account (id)
);
-- the topic list: newest activity first, keyset paged on (last_post_at, id)
CREATE INDEX ix_ftopic_list ON forum_topic (category_id, status, pinned, last_post_at, id);
CREATE INDEX ix_ftopic_activity ON forum_topic (last_post_at);

-- status: PUBLISHED, PENDING, HIDDEN, DELETED. post_number is the post's place in its topic (1 = the opening
-- post), so a page of a topic is a range of numbers and a link to a reply names its page.
CREATE TABLE forum_post (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic_id         BIGINT        NOT NULL,
    post_number      INT           NOT NULL,
    author_id        BIGINT        NOT NULL,
    organisation_id  BIGINT,
    body             MEDIUMTEXT    NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    card_refs        VARCHAR(500),
    status           VARCHAR(10)   NOT NULL,
    hidden_reason    VARCHAR(500),
    reply_to_number  INT,
    created_at       DATETIME(6)   NOT NULL,
    edited_at        DATETIME(6),
    edit_count       INT           NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_fpost_number UNIQUE (topic_id, post_number),
    CONSTRAINT fk_fpost_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id),
    CONSTRAINT fk_fpost_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_fpost_author ON forum_post (author_id, created_at);
CREATE INDEX ix_fpost_created ON forum_post (created_at);
CREATE INDEX ix_fpost_status ON forum_post (status);

-- every earlier version of an edited post
CREATE TABLE forum_post_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT       NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    title       VARCHAR(200),
    written_by  BIGINT       NOT NULL,
    written_at  DATETIME(6)  NOT NULL,
    replaced_at DATETIME(6)  NOT NULL,
    replaced_by BIGINT       NOT NULL,
    CONSTRAINT fk_frev_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);
CREATE INDEX ix_frev_post ON forum_post_revision (post_id);

-- how far each person has read each topic they opened
CREATE TABLE forum_read (
    account_id       BIGINT NOT NULL,
    topic_id         BIGINT NOT NULL,
    last_read_number INT    NOT NULL,
    PRIMARY KEY (account_id, topic_id),
    CONSTRAINT fk_fread_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id)
);

-- FOLLOW (an email for every reply) or MUTE (never, not even in digests)
CREATE TABLE forum_topic_watch (
    account_id BIGINT      NOT NULL,
    topic_id   BIGINT      NOT NULL,
    watch      VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, topic_id),
    CONSTRAINT fk_fwatch_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id)
);
CREATE INDEX ix_fwatch_topic ON forum_topic_watch (topic_id, watch);

-- a person's choice per category: EACH (every post by email), DAILY, WEEKLY or NONE (no row means NONE)
CREATE TABLE forum_subscription (
    account_id  BIGINT      NOT NULL,
    category_id BIGINT      NOT NULL,
    mode        VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, category_id),
    CONSTRAINT fk_fsub_category FOREIGN KEY (category_id) REFERENCES forum_category (id)
);
CREATE INDEX ix_fsub_category ON forum_subscription (category_id, mode);

-- per person: visits (for "new since your last visit"), digest bookkeeping, mention emails, approval
CREATE TABLE forum_member (
    account_id          BIGINT      NOT NULL PRIMARY KEY,
    last_visit_at       DATETIME(6),
    previous_visit_at   DATETIME(6),
    daily_digest_at     DATETIME(6),
    weekly_digest_at    DATETIME(6),
    mention_emails      BOOLEAN     NOT NULL,
    approved_poster     BOOLEAN     NOT NULL,
    version             BIGINT      NOT NULL
);

-- one-click unsubscribe links (RFC 8058); only the SHA-256 of the token is kept
CREATE TABLE forum_unsubscribe (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    scope       VARCHAR(10) NOT NULL,
    scope_id    BIGINT,
    created_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6)
);
CREATE INDEX ix_funsub_created ON forum_unsubscribe (created_at);

-- a reader's report of a post; resolution HIDDEN or DISMISSED once a moderator has looked
CREATE TABLE forum_flag (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT        NOT NULL,
    flagged_by   BIGINT        NOT NULL,
    reason       VARCHAR(20)   NOT NULL,
    note         VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    resolved_at  DATETIME(6),
    resolved_by  BIGINT,
    resolution   VARCHAR(10),
    CONSTRAINT fk_fflag_post FOREIGN KEY (post_id) REFERENCES forum_post (id)
);
CREATE INDEX ix_fflag_open ON forum_flag (resolved_at, post_id);
CREATE INDEX ix_fflag_post ON forum_flag (post_id, flagged_by);

-- what moderators did, shown to moderators (the audit log keeps the same with actors' addresses for staff)
CREATE TABLE forum_moderation_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NOT NULL,
    action       VARCHAR(30)   NOT NULL,
    category_id  BIGINT,
    topic_id     BIGINT,
    post_id      BIGINT,
    detail       VARCHAR(1000)
);
CREATE INDEX ix_fmodlog_at ON forum_moderation_entry (occurred_at);
