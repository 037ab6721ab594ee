-- Bulletins (issue 6): "Send now" queues the bulletin and a background job addresses it (recipient and outbox rows
-- in batches); a lease says which node is addressing it, so a crash mid-way is resumed by another pass.
ALTER TABLE bulletin ADD COLUMN expected INT;
ALTER TABLE bulletin ADD COLUMN queued_at DATETIME(6);
ALTER TABLE bulletin ADD COLUMN expanded_at DATETIME(6);
ALTER TABLE bulletin ADD COLUMN expand_lease DATETIME(6);
ALTER TABLE bulletin ADD COLUMN expand_owner VARCHAR(64);
-- bulletins queued before this version were addressed in the same transaction
UPDATE bulletin SET expanded_at = updated_at, queued_at = updated_at WHERE status IN ('SENDING', 'SENT');

-- Settings co-ordinators change on the page (the configuration gives the default until someone does).
CREATE TABLE bulletin_setting (
    name        VARCHAR(40)   NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200)  NOT NULL,
    changed_by  VARCHAR(160)  NOT NULL,
    changed_at  DATETIME(6)   NOT NULL
);

-- The send rate across all nodes: each slot (a stretch of time, numbered from the epoch) holds so many messages;
-- a node claims a place with a conditional update, so N nodes together keep to the one rate.
CREATE TABLE bulletin_send_slot (
    slot  BIGINT  NOT NULL PRIMARY KEY,
    used  INT     NOT NULL
);
