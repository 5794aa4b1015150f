-- Agent replies reach the shopper in the open widget (long poll) or, when
-- the shopper left, by email. shopper_read_id is the newest message the
-- widget has been handed, shopper_seen_at when it last asked: a reply newer
-- than shopper_read_id some minutes after it was sent was not seen.
-- shopper_emailed_id is the newest agent reply already emailed, so each
-- reply is emailed at most once.
ALTER TABLE conversations ADD COLUMN shopper_read_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN shopper_seen_at {{TS}};
ALTER TABLE conversations ADD COLUMN shopper_emailed_id BIGINT NOT NULL DEFAULT 0;
-- merchant_notified_id is the newest message the merchant's last handoff or
-- follow-up email covered: follow-ups are batched into one email per
-- conversation per few minutes and only sent when the shopper wrote since.
ALTER TABLE conversations ADD COLUMN merchant_notified_id BIGINT NOT NULL DEFAULT 0;
