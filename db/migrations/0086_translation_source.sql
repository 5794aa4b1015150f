-- Agent inbox (issue 14): where a stored translation came from, so the
-- admin labels it: 'machine' (the configured model translated it),
-- 'original' (the agent's own words, sent translated or as a saved reply in
-- the shopper's language), '' (imported, e.g. demo data).
ALTER TABLE message_translations ADD COLUMN source TEXT NOT NULL DEFAULT '';
