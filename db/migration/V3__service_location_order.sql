-- The order in which an editor listed a service's places (the first is its main venue). Ids cannot carry it:
-- places added in one save are inserted in no particular order.
ALTER TABLE service_location ADD COLUMN sort_order INT DEFAULT 0 NOT NULL;
