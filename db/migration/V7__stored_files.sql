-- Uploaded files (papers, receipts, attachments). The bytes live under the data folder (files/), outside the web
-- root; this row says what they are. file_key is the random name in URLs and on disk (never the uploader's name);
-- owner_kind says which feature decides who may download it.
CREATE TABLE stored_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_key      CHAR(32)      NOT NULL,
    owner_kind    VARCHAR(40)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_by   BIGINT,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_stored_file_key UNIQUE (file_key)
);
CREATE INDEX ix_stored_file_owner ON stored_file (owner_kind);
