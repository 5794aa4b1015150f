-- Customer record of chat contacts (issue 14): the email or phone a shopper
-- gave in the chat (for a handoff reply) or proved (order verification) is
-- kept per shop beyond the one conversation, so the inbox's customer panel
-- shows it on every conversation carrying that contact. GDPR redaction
-- deletes the row (db/redact.go).
CREATE TABLE shoppers (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email_verified BOOLEAN NOT NULL DEFAULT FALSE,
    phone_verified BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX shoppers_shop_email ON shoppers (shop_id, email) WHERE email <> '';
CREATE UNIQUE INDEX shoppers_shop_phone ON shoppers (shop_id, phone) WHERE phone <> '';
