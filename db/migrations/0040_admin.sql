-- Admin (issue 7): translations of chat messages into other languages (so a
-- merchant can read a shopper's message in the store's language), and
-- indexes for the conversation list filters and analytics ranges.

CREATE TABLE message_translations (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at {{TS}} NOT NULL,
    UNIQUE (message_id, language)
);
CREATE INDEX message_translations_shop ON message_translations (shop_id, message_id);

CREATE INDEX conversations_shop_created ON conversations (shop_id, created_at);
CREATE INDEX conversations_shop_status ON conversations (shop_id, status, last_message_at);
