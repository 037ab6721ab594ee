-- Synonyms for site search, edited by a site administrator. One row is one group in the Solr synonym format:
-- "send, special educational needs" (equivalent terms) or "a => b" (one-way). Applied at query time only.
CREATE TABLE search_synonym (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    words       VARCHAR(500)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_search_synonym_words UNIQUE (words)
);

-- An index follower reads index events by id; the dispatcher skips them by kind.
CREATE INDEX ix_outbox_kind_id ON outbox_message (kind, id);

INSERT INTO search_synonym (words, created_at, updated_at, version) VALUES
    ('send, special educational needs', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('camhs, child mental health', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('dv, domestic abuse, domestic violence', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('lac, looked after children, children in care', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('ecm, every child matters', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('vcs, voluntary sector, community sector', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('grt, gypsy roma traveller', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('early help, targeted support', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0),
    ('toddler, under fives', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0);
