-- The resource library: guidance and templates with versions, review dates, tags and download counts.
CREATE TABLE library_resource (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    category        VARCHAR(30)   NOT NULL,
    visibility      VARCHAR(10)   NOT NULL,
    review_on       DATE          NOT NULL,
    downloads       BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE TABLE library_version (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resource_id  BIGINT        NOT NULL,
    number       INT           NOT NULL,
    file_id      BIGINT        NOT NULL,
    note         VARCHAR(500),
    added_by     VARCHAR(160)  NOT NULL,
    added_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_library_version UNIQUE (resource_id, number),
    CONSTRAINT fk_lversion_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id),
    CONSTRAINT fk_lversion_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE TABLE library_tag (
    resource_id  BIGINT       NOT NULL,
    tag          VARCHAR(40)  NOT NULL,
    PRIMARY KEY (resource_id, tag),
    CONSTRAINT fk_ltag_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id)
);
