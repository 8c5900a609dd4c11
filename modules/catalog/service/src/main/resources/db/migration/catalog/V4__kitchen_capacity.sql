-- Kitchen capacity: the most orders a store takes per 15-minute window (NULL: no limit), and the placed orders
-- counted against their window. window_start is an instant (UTC): a quarter hour on the store's clock.
-- Keyed by order, so an order counts once however often its event arrives; a cancelled order's row is deleted.
ALTER TABLE store ADD COLUMN max_orders_per_window INTEGER;
ALTER TABLE store ADD CONSTRAINT store_max_orders_positive CHECK (max_orders_per_window > 0);

CREATE TABLE counted_order (
    order_id     BIGINT    NOT NULL PRIMARY KEY,
    store_id     BIGINT    NOT NULL REFERENCES store (id),
    window_start TIMESTAMP NOT NULL
);
CREATE INDEX counted_order_window_idx ON counted_order (store_id, window_start);
