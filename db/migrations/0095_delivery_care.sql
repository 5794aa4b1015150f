-- Delivery care (issue 15): shipments at risk and the shopper notices about
-- them. One row per (fulfillment, kind, event): the unique key is what makes a
-- notice go out once however often the detector (webhooks, periodic sweep)
-- sees the same risk. Nothing personal is stored here: the recipient is read
-- from the order when the notice is sent, so GDPR redaction of the order is
-- enough.
CREATE TABLE shipment_risks (
    id {{ID}},
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    fulfillment_id BIGINT NOT NULL REFERENCES fulfillments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    event_key TEXT NOT NULL,
    estimate_at {{TS}} NULL,
    detected_at {{TS}} NOT NULL,
    resolved_at {{TS}} NULL,
    notice_status TEXT NOT NULL DEFAULT 'pending',
    notice_lang TEXT NOT NULL DEFAULT '',
    notice_sent_at {{TS}} NULL,
    notice_error TEXT NOT NULL DEFAULT '',
    discount_code TEXT NOT NULL DEFAULT '',
    seen_at {{TS}} NULL,
    updated_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX shipment_risks_once ON shipment_risks (shop_id, fulfillment_id, kind, event_key);
CREATE INDEX shipment_risks_pending ON shipment_risks (notice_status, shop_id);
CREATE INDEX shipment_risks_order ON shipment_risks (shop_id, order_id);

-- Per-order opt-out of delivery-care emails (signed unsubscribe link), and the
-- one compensation code an order may receive.
ALTER TABLE orders ADD COLUMN care_unsubscribed_at {{TS}} NULL;
ALTER TABLE orders ADD COLUMN care_compensated_at {{TS}} NULL;
