-- The assistant proves order ownership by any phone the order carries: the
-- order's own, the shipping address's and the billing address's, each read
-- in the order's country. billing_country is the default region when the
-- order ships nowhere (digital goods).
ALTER TABLE orders ADD COLUMN shipping_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN billing_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN billing_country TEXT NOT NULL DEFAULT '';
