-- Access tokens for outside AI agents (the MCP endpoint, issue 19). Only a
-- SHA-256 of each token is stored: the merchant sees the token once, when
-- it is created, and a leaked database does not leak working tokens.
CREATE TABLE agent_tokens (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at {{TS}} NOT NULL,
    last_used_at {{TS}},
    revoked_at {{TS}}
);
CREATE UNIQUE INDEX agent_tokens_hash ON agent_tokens (token_hash);
CREATE INDEX agent_tokens_shop ON agent_tokens (shop_id, id);
