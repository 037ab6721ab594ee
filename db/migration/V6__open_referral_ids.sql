-- Open Referral UK (HSDS 3.0) identifies every record by a UUID. Each record the API publishes gets a stable one:
-- new rows take a random UUID when the entity is created (Java), existing rows are filled in here.
-- Portable: no UUID() / RANDOM_UUID() (vendor functions); CONCAT and LPAD behave alike on H2, MySQL and MariaDB.
ALTER TABLE organisation ADD COLUMN uuid VARCHAR(36);
ALTER TABLE service ADD COLUMN uuid VARCHAR(36);
ALTER TABLE service_location ADD COLUMN uuid VARCHAR(36);
ALTER TABLE taxonomy ADD COLUMN uuid VARCHAR(36);
ALTER TABLE taxonomy_term ADD COLUMN uuid VARCHAR(36);

-- Seeded vocabularies get the same UUID on every Acorn portal (the same vocabulary, so the same identity),
-- derived from the seeded row id; the 13th digit 8 marks a custom (RFC 9562 version 8) layout.
UPDATE taxonomy SET uuid = CONCAT('ac0a7a40-0000-8000-8001-', LPAD(CONCAT('', id), 12, '0')) WHERE uuid IS NULL;
UPDATE taxonomy_term SET uuid = CONCAT('ac0a7a40-0000-8000-8002-', LPAD(CONCAT('', id), 12, '0')) WHERE uuid IS NULL;
-- Organisations, services and locations are this portal's own: rows that exist before this migration are given
-- random UUIDs by OpenReferralIds at start-up (SQL has no portable random UUID), so no two portals share one.

CREATE UNIQUE INDEX uq_organisation_uuid ON organisation (uuid);
CREATE UNIQUE INDEX uq_service_uuid ON service (uuid);
CREATE UNIQUE INDEX uq_location_uuid ON service_location (uuid);
CREATE UNIQUE INDEX uq_taxonomy_uuid ON taxonomy (uuid);
CREATE UNIQUE INDEX uq_term_uuid ON taxonomy_term (uuid);
CREATE INDEX ix_service_updated ON service (updated_at);
