-- Files attached to forum posts. The bytes and their checks are the platform's (stored_file); this says which post
-- a file belongs to, so the forum decides who may download it (whoever may read the post).
CREATE TABLE forum_attachment (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT      NOT NULL,
    file_id     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_fattach_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
    CONSTRAINT fk_fattach_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_fattach_post ON forum_attachment (post_id);
CREATE INDEX ix_fattach_file ON forum_attachment (file_id);
