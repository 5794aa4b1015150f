-- Catalog sync (issue 4): one row per sync run of a shop, with the resume
-- cursor and the counts the admin shows; and two bookkeeping columns on
-- products: the content hash of the last synced snapshot (so an unchanged
-- product is not rewritten and the knowledge index does not churn) and the
-- id of the last sync run that saw it (so products deleted in Shopify can be
-- tombstoned even when the run was resumed after a crash).

CREATE TABLE sync_runs (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'full',
    status TEXT NOT NULL DEFAULT 'queued',
    mode TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL DEFAULT '',
    cursor TEXT NOT NULL DEFAULT '{}',
    products INTEGER NOT NULL DEFAULT 0,
    variants INTEGER NOT NULL DEFAULT 0,
    translations INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    products_written INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    started_at {{TS}},
    finished_at {{TS}},
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE INDEX sync_runs_shop ON sync_runs (shop_id, id);

ALTER TABLE products ADD COLUMN sync_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN last_sync_run BIGINT NOT NULL DEFAULT 0;
CREATE INDEX products_shop_sync_run ON products (shop_id, last_sync_run);
