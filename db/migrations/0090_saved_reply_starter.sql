-- Saved-reply editor (issue 14): a merchant's edit of a shipped starter
-- reply is stored as their own saved reply naming the starter it replaces
-- (starter_key); deleting it restores the shipped text. At most one edit
-- per starter and shop.
ALTER TABLE saved_replies ADD COLUMN starter_key TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX saved_replies_shop_starter ON saved_replies (shop_id, starter_key) WHERE starter_key <> '';
