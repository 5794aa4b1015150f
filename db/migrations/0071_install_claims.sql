-- Issue 22: the first admin loads of a shop, spread over replicas, each ran
-- a token exchange, a shop-info call and the install hooks. A replica installs
-- a shop only while it holds the shop's claim row here; the others wait for
-- the install to land. The claim is a lease (expires_at), so a replica dying
-- mid-install blocks nobody for long.
CREATE TABLE install_claims (
    shop TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at {{TS}} NOT NULL
);
