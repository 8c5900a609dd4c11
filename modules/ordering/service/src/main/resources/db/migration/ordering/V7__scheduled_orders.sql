-- Orders for a later slot: the slot's start, and when the order goes to its merchant (in time for the kitchen).
ALTER TABLE orders ADD COLUMN scheduled_for TIMESTAMP;
ALTER TABLE orders ADD COLUMN release_at TIMESTAMP;
CREATE INDEX orders_scheduled ON orders (status, release_at);
