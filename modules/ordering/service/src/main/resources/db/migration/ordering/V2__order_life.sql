-- The order's whole life: checkout steps (PENDING, FAILED with its problem code), the acceptance deadline,
-- the merchant's or the platform's rejection reason.
ALTER TABLE orders ADD COLUMN accept_by TIMESTAMP;
ALTER TABLE orders ADD COLUMN rejection_reason VARCHAR(30);
ALTER TABLE orders ADD COLUMN failure_code VARCHAR(80);
CREATE INDEX orders_waiting ON orders (status, accept_by);
CREATE INDEX orders_pending ON orders (status, updated_at);
ALTER TABLE orders ADD COLUMN failure_status INT;
ALTER TABLE orders ADD COLUMN payment_method_id BIGINT;
ALTER TABLE orders ADD COLUMN compensated_at TIMESTAMP;
