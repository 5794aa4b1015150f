-- Shopper feedback on a bot reply: the optional comment next to the rating.
ALTER TABLE messages ADD COLUMN feedback_comment TEXT NOT NULL DEFAULT '';
