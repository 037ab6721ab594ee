-- Report-backs from representatives after a body's meeting, members' comments and responses to asks,
-- and the two-way issue log with its stages. The report's long texts are TEXT: as VARCHARs they would pass
-- MySQL's 65,535-byte row limit in utf8mb4 (lengths are checked by the application).

CREATE TABLE report_back (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id          BIGINT        NOT NULL,
    meeting_id       BIGINT        NOT NULL,
    author_id        BIGINT        NOT NULL,
    author_name      VARCHAR(160)  NOT NULL,
    decisions        TEXT          NOT NULL,
    progress         TEXT,
    information      TEXT,
    asks             TEXT,
    asks_deadline    DATE,
    issues_raised    TEXT,
    public_report    BOOLEAN       NOT NULL,
    for_bulletin     BOOLEAN       NOT NULL,
    for_agenda       BOOLEAN       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    published_at     DATETIME(6),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_report_body FOREIGN KEY (body_id) REFERENCES partnership_body (id),
    CONSTRAINT fk_report_meeting FOREIGN KEY (meeting_id) REFERENCES body_meeting (id),
    CONSTRAINT fk_report_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_report_body ON report_back (body_id, published_at);
CREATE INDEX ix_report_meeting ON report_back (meeting_id);

CREATE TABLE report_comment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id          BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    author_name        VARCHAR(160)  NOT NULL,
    organisation_name  VARCHAR(200),
    response_to_ask    BOOLEAN       NOT NULL,
    comment_text       VARCHAR(3000) NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_report FOREIGN KEY (report_id) REFERENCES report_back (id)
);
CREATE INDEX ix_comment_report ON report_comment (report_id, created_at);

CREATE TABLE raised_issue (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    raised_by        BIGINT        NOT NULL,
    raiser_name      VARCHAR(160)  NOT NULL,
    organisation_id  BIGINT,
    body_id          BIGINT,
    public_issue     BOOLEAN       NOT NULL,
    stage            VARCHAR(20)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_issue_raiser FOREIGN KEY (raised_by) REFERENCES account (id),
    CONSTRAINT fk_issue_body FOREIGN KEY (body_id) REFERENCES partnership_body (id)
);
CREATE INDEX ix_issue_stage ON raised_issue (stage, updated_at);

CREATE TABLE issue_stage (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issue_id      BIGINT        NOT NULL,
    stage         VARCHAR(20)   NOT NULL,
    note          VARCHAR(2000) NOT NULL,
    happened_on   DATE          NOT NULL,
    recorded_by   VARCHAR(160)  NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_stage_issue FOREIGN KEY (issue_id) REFERENCES raised_issue (id)
);
CREATE INDEX ix_issue_stage_issue ON issue_stage (issue_id, recorded_at);
