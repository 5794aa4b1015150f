-- Failed order-verification attempts of the assistant, per shop and subject
-- ("ip:203.0.113.9", "customer:42"), so enumeration limits hold across app
-- servers and restarts.
CREATE TABLE assistant_verification_attempts (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    window_start {{TS}} NOT NULL,
    locked_until {{TS}},
    updated_at {{TS}} NOT NULL,
    PRIMARY KEY (shop_id, subject)
);
