-- The price breakdown: each line's VAT rate, the delivery place's coordinates and the fee quoted for it (with the
-- VAT rate it is taxed at), the courier's tip, and the store's country and time zone that a receipt follows.
-- Orders placed before keep nulls (no VAT lines on their receipt) and no fee or tip: their total was their lines.
ALTER TABLE order_line ADD COLUMN vat_basis_points INT;
ALTER TABLE orders ADD COLUMN delivery_latitude DOUBLE PRECISION;
ALTER TABLE orders ADD COLUMN delivery_longitude DOUBLE PRECISION;
ALTER TABLE orders ADD COLUMN delivery_fee_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN delivery_fee_vat_bp INT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN tip_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN store_country CHAR(2);
ALTER TABLE orders ADD COLUMN store_time_zone VARCHAR(60);
ALTER TABLE orders ADD CONSTRAINT orders_fee_and_tip_not_negative CHECK (delivery_fee_minor >= 0 AND tip_minor >= 0);
