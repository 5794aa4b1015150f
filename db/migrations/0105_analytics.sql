-- Analytics a merchant can trust (issue 16).
--
-- messages.outcome is what the turn achieved (answered, fallback, clarify,
-- no_match, handoff, closing, greeting, contact). conversations carry the last real
-- topic (closings and greetings do not replace it), the outcome of that
-- topic, whether the shopper came back on the same topic after it was
-- answered (a reopen), and the end-of-chat comment.
ALTER TABLE messages ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN topic TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN last_outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN reopened BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE conversations ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN feedback_comment TEXT NOT NULL DEFAULT '';

-- The report reads a period of one shop: conversations by creation time (index of 0040)
-- (grouped in SQL), the unanswered shopper messages, and whether a
-- conversation has a thumbs-down (few rows: a partial index).
CREATE INDEX conversations_shop_customer_topic ON conversations (shop_id, customer_id, topic);
CREATE INDEX messages_shop_outcome ON messages (shop_id, outcome, created_at);
CREATE INDEX messages_rated_down ON messages (shop_id, conversation_id) WHERE rating < 0;

-- Demand signals, keyed by product id (the same product in any language)
-- or by a canonical constraint label ("type=Backpacks max=100 EUR",
-- "size=xxl"): nothing the shopper typed verbatim.
CREATE TABLE demand_signals (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    product_id BIGINT NOT NULL DEFAULT 0,
    variant_id BIGINT NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL
);
CREATE INDEX demand_signals_shop_created ON demand_signals (shop_id, created_at);
CREATE INDEX demand_signals_conversation ON demand_signals (conversation_id);

-- Orders placed after a chat: linked through the cart attribute the widget
-- sets (read back from the order's note_attributes) or line item
-- properties of products added to the cart from the chat.
CREATE TABLE chat_orders (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_shopify_id BIGINT NOT NULL,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    order_name TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    total_price TEXT NOT NULL DEFAULT '0',
    chat_lines_total TEXT NOT NULL DEFAULT '0',
    ordered_at {{TS}} NOT NULL,
    PRIMARY KEY (shop_id, order_shopify_id)
);
CREATE INDEX chat_orders_shop_ordered ON chat_orders (shop_id, ordered_at);
CREATE INDEX chat_orders_conversation ON chat_orders (conversation_id);
