-- Exports produced for customers/data_request (GDPR/CCPA access requests):
-- everything the app holds about one customer, kept for the merchant to
-- download and hand over. Deleted with the shop (shop/redact) and when the
-- same customer is redacted (customers/redact).
CREATE TABLE customer_data_exports (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    data_request_id BIGINT NOT NULL DEFAULT 0,
    customer_id BIGINT NOT NULL DEFAULT 0,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    order_count INTEGER NOT NULL DEFAULT 0,
    conversation_count INTEGER NOT NULL DEFAULT 0,
    message_count INTEGER NOT NULL DEFAULT 0,
    data {{BYTES}} NOT NULL,
    created_at {{TS}} NOT NULL
);
CREATE INDEX customer_data_exports_shop ON customer_data_exports (shop_id, created_at);
