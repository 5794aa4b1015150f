-- Variant weights (issue 13): "how heavy is the Ridgeline pack?" is answered
-- from the variant's shipping weight when the description states none.
-- Product webhooks carry grams; the GraphQL catalog sync does not read
-- inventory items, so it keeps the grams a webhook stored (db/catalog.go).
ALTER TABLE variants ADD COLUMN grams INTEGER NOT NULL DEFAULT 0;
