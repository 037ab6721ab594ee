-- Meetings (issue 5): series with a cadence, meetings with their roles and venue, agendas (two-part locality
-- forum rounds, escalation), papers, input from members who cannot attend, RSVPs, the attendance register,
-- minutes with their versions, the action log and private calendar feed tokens.
-- Times are stored as UTC instants; the local date is kept beside them for day-based queries.

CREATE TABLE meeting_series (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    cadence         VARCHAR(20)   NOT NULL,
    every_weeks     INT,
    week_of_month   INT,
    weekday         INT,
    first_on        DATE          NOT NULL,
    start_time      TIME          NOT NULL,
    end_time        TIME          NOT NULL,
    district_id     BIGINT,
    body_id         BIGINT,
    theme           VARCHAR(120),
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_series_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_series_body FOREIGN KEY (body_id) REFERENCES partnership_body (id)
);

-- a two-part locality forum round: part 1 items written once for every district forum of the round
CREATE TABLE agenda_round (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_round_account FOREIGN KEY (created_by) REFERENCES account (id)
);

CREATE TABLE meeting (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uid               VARCHAR(80)   NOT NULL,
    series_id         BIGINT,
    round_id          BIGINT,
    title             VARCHAR(200)  NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    meets_on          DATE          NOT NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    venue_name        VARCHAR(200),
    venue_address     VARCHAR(500),
    accessibility     VARCHAR(1000),
    online_link       VARCHAR(500),
    district_id       BIGINT,
    body_id           BIGINT,
    body_meeting_id   BIGINT,
    theme             VARCHAR(120),
    organiser_id      BIGINT,
    chair_id          BIGINT,
    chair_name        VARCHAR(160),
    minute_taker_id   BIGINT,
    guests            VARCHAR(1000),
    open_to_public    BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    cancel_reason     VARCHAR(500),
    agenda_sent_at    DATETIME(6),
    ical_sequence     INT           NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_meeting_uid UNIQUE (uid),
    CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT fk_meeting_round FOREIGN KEY (round_id) REFERENCES agenda_round (id),
    CONSTRAINT fk_meeting_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_meeting_pbody FOREIGN KEY (body_id) REFERENCES partnership_body (id),
    CONSTRAINT fk_meeting_body_meeting FOREIGN KEY (body_meeting_id) REFERENCES body_meeting (id),
    CONSTRAINT fk_meeting_organiser FOREIGN KEY (organiser_id) REFERENCES account (id),
    CONSTRAINT fk_meeting_chair FOREIGN KEY (chair_id) REFERENCES account (id),
    CONSTRAINT fk_meeting_minuter FOREIGN KEY (minute_taker_id) REFERENCES account (id)
);
CREATE INDEX ix_meeting_start ON meeting (starts_at);
CREATE INDEX ix_meeting_series ON meeting (series_id, starts_at);

-- part 1 items belong to a round (meeting_id NULL), part 2 and ordinary items to one meeting.
-- SUBMITTED items were sent in by members before the meeting; the chair takes them onto the agenda or not.
CREATE TABLE agenda_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id        BIGINT,
    round_id          BIGINT,
    part              INT           NOT NULL,
    position          INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    purpose           VARCHAR(20)   NOT NULL,
    presenter         VARCHAR(160),
    minutes_allowed   INT,
    notes             VARCHAR(4000),
    status            VARCHAR(20)   NOT NULL,
    submitted_by      BIGINT,
    escalated_from_id BIGINT,
    escalated_to_id   BIGINT,
    history           VARCHAR(2000),
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_item_round FOREIGN KEY (round_id) REFERENCES agenda_round (id),
    CONSTRAINT fk_item_submitter FOREIGN KEY (submitted_by) REFERENCES account (id),
    CONSTRAINT fk_item_escalated_from FOREIGN KEY (escalated_from_id) REFERENCES agenda_item (id)
);
CREATE INDEX ix_item_meeting ON agenda_item (meeting_id, part, position);
CREATE INDEX ix_item_round ON agenda_item (round_id, position);

CREATE TABLE agenda_paper (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT       NOT NULL,
    file_id     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_paper_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_paper_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

-- a member's written comment on an agenda item, for those who cannot come
CREATE TABLE agenda_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    account_id  BIGINT        NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_comment_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE meeting_response (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    account_id  BIGINT        NOT NULL,
    answer      VARCHAR(20)   NOT NULL,
    note        VARCHAR(500),
    answered_at DATETIME(6)   NOT NULL,
    CONSTRAINT uq_meeting_response UNIQUE (meeting_id, account_id),
    CONSTRAINT fk_response_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_mresponse_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- the register taken at the meeting: who came, for which organisation (a guest may have no account)
CREATE TABLE meeting_attendee (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id       BIGINT        NOT NULL,
    account_id       BIGINT,
    person_name      VARCHAR(160)  NOT NULL,
    organisation     VARCHAR(200),
    recorded_by      VARCHAR(160)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_meeting_attendee UNIQUE (meeting_id, person_name),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendee_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE meeting_minutes (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id           BIGINT        NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    open_to_public       BOOLEAN       NOT NULL,
    revision             INT           NOT NULL,
    circulated_at        DATETIME(6),
    approved_at          DATETIME(6),
    approved_meeting_id  BIGINT,
    approved_by          VARCHAR(160),
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_minutes_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_minutes_approved_at FOREIGN KEY (approved_meeting_id) REFERENCES meeting (id)
);

-- per agenda item: what was discussed and decided
CREATE TABLE minute_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    minutes_id   BIGINT        NOT NULL,
    item_id      BIGINT        NOT NULL,
    summary      TEXT,
    decisions    TEXT,
    CONSTRAINT uq_minute_entry UNIQUE (minutes_id, item_id),
    CONSTRAINT fk_entry_minutes FOREIGN KEY (minutes_id) REFERENCES meeting_minutes (id),
    CONSTRAINT fk_entry_item FOREIGN KEY (item_id) REFERENCES agenda_item (id)
);

-- every saved revision of the minutes, as text, so earlier wordings are never lost
CREATE TABLE minutes_revision (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    minutes_id   BIGINT        NOT NULL,
    revision     INT           NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    content      MEDIUMTEXT    NOT NULL,
    saved_by     VARCHAR(160)  NOT NULL,
    saved_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_minutes_revision UNIQUE (minutes_id, revision),
    CONSTRAINT fk_revision_minutes FOREIGN KEY (minutes_id) REFERENCES meeting_minutes (id)
);

CREATE TABLE meeting_action (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id         BIGINT        NOT NULL,
    item_id            BIGINT,
    description        VARCHAR(1000) NOT NULL,
    owner_account_id   BIGINT,
    owner_org_id       BIGINT,
    owner_name         VARCHAR(200)  NOT NULL,
    due_on             DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    closed_on          DATE,
    reminded_on        DATE,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_action_account FOREIGN KEY (owner_account_id) REFERENCES account (id),
    CONSTRAINT fk_action_org FOREIGN KEY (owner_org_id) REFERENCES organisation (id)
);
CREATE INDEX ix_action_due ON meeting_action (status, due_on);

CREATE TABLE action_update (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id   BIGINT        NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    by_name     VARCHAR(160)  NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_update_action FOREIGN KEY (action_id) REFERENCES meeting_action (id)
);

-- a person's private "my meetings" feed: only the hash of the token in the URL is kept; revoking deletes it
CREATE TABLE calendar_token (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    token_hash  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_calendar_token_account UNIQUE (account_id),
    CONSTRAINT uq_calendar_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
