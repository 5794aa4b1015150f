-- Meta (WhatsApp, Messenger, Instagram) webhook deliveries, stored before
-- they are acknowledged (the outbox of the Meta webhook, like
-- webhook_events for Shopify). A retried delivery has the same body, so the
-- body hash dedupes it; the messages inside are deduped again by provider
-- message id in channel_messages. The payload (shopper text and numbers)
-- is cleared once processed.
CREATE TABLE meta_events (
    id {{ID}},
    body_hash TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    received_at {{TS}} NOT NULL,
    processed_at {{TS}}
);
CREATE UNIQUE INDEX meta_events_body ON meta_events (body_hash);
CREATE INDEX meta_events_status ON meta_events (status, received_at);
