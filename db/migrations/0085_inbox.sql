-- Agent inbox (issue 14): assignment of a handed-off conversation to a staff
-- member (the session token's sub), internal notes the shopper never sees,
-- staff display names, and the merchant's multilingual saved replies.

ALTER TABLE conversations ADD COLUMN assigned_to TEXT NOT NULL DEFAULT '';
CREATE INDEX conversations_shop_assigned ON conversations (shop_id, assigned_to, status);

CREATE TABLE conversation_notes (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at {{TS}} NOT NULL
);
CREATE INDEX conversation_notes_conv ON conversation_notes (shop_id, conversation_id, id);

CREATE TABLE staff_members (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    updated_at {{TS}} NOT NULL,
    PRIMARY KEY (shop_id, user_id)
);

CREATE TABLE saved_replies (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    texts TEXT NOT NULL DEFAULT '{}',
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE INDEX saved_replies_shop ON saved_replies (shop_id, id);
