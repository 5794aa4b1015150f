-- Optimistic concurrency for conversation turns: every turn's write bumps
-- version and only succeeds when the row still has the version the turn
-- read, so two replicas answering two messages of one conversation at once
-- cannot overwrite each other's dialogue state (the later one re-runs on
-- the fresh state).
ALTER TABLE conversations ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
