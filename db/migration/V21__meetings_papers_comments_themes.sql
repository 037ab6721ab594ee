-- Meetings, second round (issue 5): papers replaced (the old version kept, marked superseded) or withdrawn;
-- members' comments on circulated draft minutes; meeting themes as terms of the directory's service-type
-- taxonomy (its top level), matched against what members' organisations do and the themes people follow.

ALTER TABLE agenda_paper ADD COLUMN superseded_by_id BIGINT;
ALTER TABLE agenda_paper ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE agenda_paper ADD COLUMN changed_by VARCHAR(160);
ALTER TABLE agenda_paper ADD CONSTRAINT fk_paper_superseded FOREIGN KEY (superseded_by_id) REFERENCES agenda_paper (id);

-- a comment on circulated minutes, on one item or on the whole (item_id NULL), against the revision read
CREATE TABLE minutes_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    minutes_id  BIGINT        NOT NULL,
    item_id     BIGINT,
    account_id  BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_mcomment_minutes FOREIGN KEY (minutes_id) REFERENCES meeting_minutes (id),
    CONSTRAINT fk_mcomment_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_mcomment_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_mcomment_minutes ON minutes_comment (minutes_id, created_at);

ALTER TABLE meeting ADD COLUMN theme_term_id BIGINT;
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_theme_term FOREIGN KEY (theme_term_id) REFERENCES taxonomy_term (id);
ALTER TABLE meeting_series ADD COLUMN theme_term_id BIGINT;
ALTER TABLE meeting_series ADD CONSTRAINT fk_series_theme_term FOREIGN KEY (theme_term_id) REFERENCES taxonomy_term (id);

-- themes a person follows themselves, beside those their organisation's services give them
CREATE TABLE meeting_theme_follow (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    term_id     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_theme_follow UNIQUE (account_id, term_id),
    CONSTRAINT fk_follow_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_follow_term FOREIGN KEY (term_id) REFERENCES taxonomy_term (id)
);
