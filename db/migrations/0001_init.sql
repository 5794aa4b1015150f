-- Core schema. Placeholders are expanded per dialect by db/migrate.go:
-- {{ID}} auto-increment primary key, {{TS}} timestamp with zone, {{BYTES}} binary.

CREATE TABLE shops (
    id {{ID}},
    domain TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    primary_locale TEXT NOT NULL DEFAULT 'en',
    locales TEXT NOT NULL DEFAULT '[]',
    timezone TEXT NOT NULL DEFAULT '',
    access_token_enc {{BYTES}},
    refresh_token_enc {{BYTES}},
    token_expires_at {{TS}},
    refresh_token_expires_at {{TS}},
    scopes TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    catalog_version BIGINT NOT NULL DEFAULT 0,
    installed_at {{TS}},
    uninstalled_at {{TS}},
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);

CREATE TABLE oauth_states (
    nonce TEXT PRIMARY KEY,
    shop TEXT NOT NULL,
    expires_at {{TS}} NOT NULL,
    created_at {{TS}} NOT NULL
);

CREATE TABLE orders (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    shopify_id BIGINT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    order_number BIGINT NOT NULL DEFAULT 0,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    customer_id BIGINT NOT NULL DEFAULT 0,
    customer_name TEXT NOT NULL DEFAULT '',
    customer_locale TEXT NOT NULL DEFAULT '',
    financial_status TEXT NOT NULL DEFAULT '',
    fulfillment_status TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    cancelled_at {{TS}},
    closed_at {{TS}},
    processed_at {{TS}},
    currency TEXT NOT NULL DEFAULT '',
    presentment_currency TEXT NOT NULL DEFAULT '',
    total_price TEXT NOT NULL DEFAULT '0',
    subtotal_price TEXT NOT NULL DEFAULT '0',
    shipping_country TEXT NOT NULL DEFAULT '',
    order_status_url TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    shopify_created_at {{TS}},
    shopify_updated_at {{TS}},
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL,
    UNIQUE (shop_id, shopify_id)
);
CREATE INDEX orders_shop_number ON orders (shop_id, order_number);
CREATE INDEX orders_shop_email ON orders (shop_id, email);
CREATE INDEX orders_shop_customer ON orders (shop_id, customer_id);

CREATE TABLE order_line_items (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    shopify_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL DEFAULT 0,
    variant_id BIGINT NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    variant_title TEXT NOT NULL DEFAULT '',
    sku TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 0,
    price TEXT NOT NULL DEFAULT '0',
    fulfillable_quantity INTEGER NOT NULL DEFAULT 0,
    fulfillment_status TEXT NOT NULL DEFAULT '',
    UNIQUE (order_id, shopify_id)
);
CREATE INDEX order_line_items_product ON order_line_items (shop_id, product_id);

CREATE TABLE fulfillments (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    shopify_id BIGINT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    shipment_status TEXT NOT NULL DEFAULT '',
    tracking_company TEXT NOT NULL DEFAULT '',
    tracking_numbers TEXT NOT NULL DEFAULT '[]',
    tracking_urls TEXT NOT NULL DEFAULT '[]',
    line_items TEXT NOT NULL DEFAULT '[]',
    estimated_delivery_at {{TS}},
    delivered_at {{TS}},
    shopify_created_at {{TS}},
    shopify_updated_at {{TS}},
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL,
    UNIQUE (shop_id, shopify_id)
);
CREATE INDEX fulfillments_order ON fulfillments (order_id);

CREATE TABLE refunds (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    shopify_id BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    amount TEXT NOT NULL DEFAULT '0',
    currency TEXT NOT NULL DEFAULT '',
    line_items TEXT NOT NULL DEFAULT '[]',
    shopify_created_at {{TS}},
    created_at {{TS}} NOT NULL,
    UNIQUE (shop_id, shopify_id)
);
CREATE INDEX refunds_order ON refunds (order_id);

CREATE TABLE returns (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    shopify_gid TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    line_items TEXT NOT NULL DEFAULT '[]',
    conversation_id TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE INDEX returns_order ON returns (order_id);

CREATE TABLE products (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    shopify_id BIGINT NOT NULL,
    handle TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    vendor TEXT NOT NULL DEFAULT '',
    product_type TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'active',
    options TEXT NOT NULL DEFAULT '[]',
    images TEXT NOT NULL DEFAULT '[]',
    collections TEXT NOT NULL DEFAULT '[]',
    online_store_url TEXT NOT NULL DEFAULT '',
    catalog_version BIGINT NOT NULL DEFAULT 0,
    deleted_at {{TS}},
    shopify_updated_at {{TS}},
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL,
    UNIQUE (shop_id, shopify_id)
);
CREATE INDEX products_shop_version ON products (shop_id, catalog_version);

CREATE TABLE variants (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    shopify_id BIGINT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    sku TEXT NOT NULL DEFAULT '',
    price TEXT NOT NULL DEFAULT '0',
    compare_at_price TEXT NOT NULL DEFAULT '',
    option1 TEXT NOT NULL DEFAULT '',
    option2 TEXT NOT NULL DEFAULT '',
    option3 TEXT NOT NULL DEFAULT '',
    inventory_quantity INTEGER NOT NULL DEFAULT 0,
    available BOOLEAN NOT NULL DEFAULT TRUE,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (shop_id, shopify_id)
);
CREATE INDEX variants_product ON variants (product_id);

CREATE TABLE product_translations (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    product_type TEXT NOT NULL DEFAULT '',
    option_values TEXT NOT NULL DEFAULT '{}',
    UNIQUE (product_id, locale)
);

CREATE TABLE knowledge_documents (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    external_id TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'en',
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT 'sync',
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL,
    UNIQUE (shop_id, kind, external_id, locale)
);

CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    customer_id BIGINT NOT NULL DEFAULT 0,
    customer_email TEXT NOT NULL DEFAULT '',
    customer_phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    handoff BOOLEAN NOT NULL DEFAULT FALSE,
    handoff_reason TEXT NOT NULL DEFAULT '',
    handoff_summary TEXT NOT NULL DEFAULT '',
    last_intent TEXT NOT NULL DEFAULT '',
    rating INTEGER NOT NULL DEFAULT 0,
    failed_answers INTEGER NOT NULL DEFAULT 0,
    message_count INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT '{}',
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL,
    last_message_at {{TS}} NOT NULL
);
CREATE INDEX conversations_shop_updated ON conversations (shop_id, updated_at);
CREATE INDEX conversations_shop_customer ON conversations (shop_id, customer_id);
CREATE INDEX conversations_shop_email ON conversations (shop_id, customer_email);

CREATE TABLE messages (
    id {{ID}},
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    intent TEXT NOT NULL DEFAULT '',
    intent_confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
    cards TEXT NOT NULL DEFAULT '[]',
    sources TEXT NOT NULL DEFAULT '[]',
    rating INTEGER NOT NULL DEFAULT 0,
    created_at {{TS}} NOT NULL
);
CREATE INDEX messages_conversation ON messages (conversation_id, id);
CREATE INDEX messages_shop_created ON messages (shop_id, created_at);

CREATE TABLE webhook_events (
    id {{ID}},
    shop TEXT NOT NULL,
    webhook_id TEXT NOT NULL,
    event_id TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL,
    api_version TEXT NOT NULL DEFAULT '',
    triggered_at {{TS}},
    payload {{BYTES}} NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    received_at {{TS}} NOT NULL,
    processed_at {{TS}},
    UNIQUE (shop, webhook_id)
);
CREATE INDEX webhook_events_status ON webhook_events (status, received_at);
CREATE INDEX webhook_events_shop_received ON webhook_events (shop, received_at);
