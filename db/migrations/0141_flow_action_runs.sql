-- Shopify Flow retries an action run it did not see answered 200 (same
-- action_run_id); each run is applied once.
CREATE TABLE flow_action_runs (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    run_id TEXT NOT NULL,
    handle TEXT NOT NULL,
    conversation_id TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL,
    PRIMARY KEY (shop_id, run_id)
);
