-- Updates (issue 6): unpublish (withdrawn, can be published again) and delete (kept out of sight for the audit
-- trail); the edit history notes what happened. Library resources' details are editable, with their history.
ALTER TABLE news_update ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE news_update ADD COLUMN deleted_at DATETIME(6);
ALTER TABLE news_update_revision ADD COLUMN change_note VARCHAR(200);

CREATE TABLE library_revision (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id  BIGINT         NOT NULL,
    title        VARCHAR(200)   NOT NULL,
    summary      VARCHAR(2000)  NOT NULL,
    category     VARCHAR(30)    NOT NULL,
    visibility   VARCHAR(10)    NOT NULL,
    review_on    DATE           NOT NULL,
    tags         VARCHAR(2000)  NOT NULL,
    edited_by    VARCHAR(160)   NOT NULL,
    edited_at    DATETIME(6)    NOT NULL,
    CONSTRAINT fk_lrevision_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id)
);
