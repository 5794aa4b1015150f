-- Fulfillment events (fulfillment_events/create webhooks) carry the carrier's
-- estimated delivery date, which the fulfillment payloads lack. last_event_at
-- is the happened_at of the event last applied, so an older event delivered
-- late never overwrites a newer one's status or estimate.
ALTER TABLE fulfillments ADD COLUMN last_event_at {{TS}} NULL;
