-- Issue 22: at most one queued or running catalog sync per shop. Concurrent
-- sync requests (simultaneous first admin loads over replicas, repeated
-- Resync clicks) each read "no active run" and inserted one; the job works
-- only the latest, so the others stayed queued forever. The unique partial
-- index makes the check-and-insert atomic (CreateSyncRun inserts with
-- ON CONFLICT DO NOTHING and returns the active run). Orphans left by the old
-- race are closed first, keeping each shop's newest active run.
UPDATE sync_runs SET status = 'failed', last_error = 'superseded by a concurrent sync request',
    finished_at = updated_at
WHERE status IN ('queued', 'running')
  AND id < (SELECT MAX(r.id) FROM sync_runs r WHERE r.shop_id = sync_runs.shop_id AND r.status IN ('queued', 'running'));
CREATE UNIQUE INDEX sync_runs_one_active ON sync_runs (shop_id) WHERE status IN ('queued', 'running');
