-- Back in stock (issue 15): a shopper asks to be told when a sold-out variant
-- returns. inventory_levels/update names an inventory item, so variants keep
-- their inventory item id to map it back. The email is personal: GDPR
-- redaction deletes the shopper's subscriptions (db/redact.go).
ALTER TABLE variants ADD COLUMN inventory_item_id BIGINT NOT NULL DEFAULT 0;
CREATE INDEX variants_inventory_item ON variants (shop_id, inventory_item_id);

CREATE TABLE stock_subscriptions (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    variant_id BIGINT NOT NULL,
    email TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    conversation_id TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL,
    due_at {{TS}} NULL,
    notified_at {{TS}} NULL
);
CREATE UNIQUE INDEX stock_subscriptions_once ON stock_subscriptions (shop_id, variant_id, email);
CREATE INDEX stock_subscriptions_due ON stock_subscriptions (due_at);
