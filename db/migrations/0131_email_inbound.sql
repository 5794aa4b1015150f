-- Email channel (issue 17): every inbound mail (IMAP or inbound-parse
-- webhook) is stored here before it is acknowledged (the webhook's 200, the
-- mailbox's read position), then answered by a job, so a crash mid-turn is
-- retried and nothing is lost. (account_id, message_id) dedupes a
-- redelivered mail. The payload (the parsed mail: shopper text and
-- address) is cleared once processed.
CREATE TABLE email_inbound (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES channel_accounts(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    received_at {{TS}} NOT NULL,
    processed_at {{TS}}
);
CREATE UNIQUE INDEX email_inbound_message ON email_inbound (account_id, message_id);
CREATE INDEX email_inbound_status ON email_inbound (status, received_at);
