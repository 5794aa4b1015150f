-- Channels beyond the widget (issue 17): every conversation names its
-- channel and the shopper's address on it (email address, WhatsApp wa_id,
-- Messenger PSID, Instagram IGSID); email threads also keep their root
-- Message-ID. Widget conversations stay channel 'web' with empty addresses.
ALTER TABLE conversations ADD COLUMN channel TEXT NOT NULL DEFAULT 'web';
ALTER TABLE conversations ADD COLUMN channel_address TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN channel_thread TEXT NOT NULL DEFAULT '';
CREATE INDEX conversations_shop_channel_address ON conversations (shop_id, channel, channel_address);

-- A merchant's connected business address on a channel: the support email,
-- the WhatsApp phone_number_id, the Facebook page id or the Instagram
-- account id. Credentials are sealed with secretbox like access tokens.
CREATE TABLE channel_accounts (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    credentials_enc {{BYTES}},
    settings TEXT NOT NULL DEFAULT '{}',
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    last_message_at {{TS}},
    last_error TEXT NOT NULL DEFAULT '',
    last_error_at {{TS}},
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX channel_accounts_address ON channel_accounts (shop_id, channel, address);
-- Inbound webhooks name only the business address: find its shop.
CREATE INDEX channel_accounts_lookup ON channel_accounts (channel, address);

-- One row per message that crossed a channel: inbound rows dedupe provider
-- retries (claimed before answering), outbound rows carry delivery status
-- and email Message-IDs for threading.
CREATE TABLE channel_messages (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    channel_account_id BIGINT NOT NULL DEFAULT 0,
    conversation_id TEXT NOT NULL DEFAULT '',
    message_id BIGINT NOT NULL DEFAULT 0,
    direction TEXT NOT NULL,
    provider_message_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX channel_messages_provider ON channel_messages (shop_id, channel, provider_message_id)
    WHERE provider_message_id <> '';
CREATE INDEX channel_messages_conversation ON channel_messages (shop_id, conversation_id, id);
