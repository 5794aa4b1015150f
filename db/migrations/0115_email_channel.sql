-- Email channel (issue 17): the IMAP read position of each connected
-- mailbox, and the headers of every mail of a thread.

-- Messages up to last_uid under uid_validity were handled. The row with an
-- empty mailbox name holds the lease that keeps one replica polling the
-- account at a time.
CREATE TABLE email_mailbox_state (
    account_id BIGINT NOT NULL REFERENCES channel_accounts(id) ON DELETE CASCADE,
    mailbox TEXT NOT NULL,
    uid_validity BIGINT NOT NULL DEFAULT 0,
    last_uid BIGINT NOT NULL DEFAULT 0,
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until {{TS}},
    updated_at {{TS}} NOT NULL,
    PRIMARY KEY (account_id, mailbox)
);

-- One row per mail in or out, by RFC 5322 Message-ID: the subject and
-- References chain a reply must carry, the whole text (quoted history
-- included) and the attachment list for the agent. Personal: erased with
-- the conversation or the sender's address by GDPR redaction.
CREATE TABLE email_messages (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '',
    full_text TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '[]',
    automatic TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL,
    PRIMARY KEY (shop_id, message_id)
);
CREATE INDEX email_messages_conversation ON email_messages (shop_id, conversation_id, created_at);
CREATE INDEX email_messages_address ON email_messages (shop_id, address);
