-- Guarded order actions (issue 15): one audit row per action the assistant
-- previewed, refused, applied or failed to apply (cancel, address change,
-- return, exchange). detail holds what was changed (the new address, the
-- returned lines) and is erased by customers/redact; kind, status and the
-- order name stay for the merchant's records.

CREATE TABLE order_actions (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL DEFAULT 0,
    order_name TEXT NOT NULL DEFAULT '',
    conversation_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    shopify_ref TEXT NOT NULL DEFAULT '',
    -- claim_key is set on the row a confirmed action claims before it
    -- calls Shopify (conversation + the preview's nonce): a second
    -- confirmation of the same preview (double send, another replica)
    -- cannot claim it again, so the write is sent once.
    claim_key TEXT,
    created_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX order_actions_claim ON order_actions (shop_id, claim_key);
CREATE INDEX order_actions_shop ON order_actions (shop_id, id);
CREATE INDEX order_actions_order ON order_actions (shop_id, order_id);
