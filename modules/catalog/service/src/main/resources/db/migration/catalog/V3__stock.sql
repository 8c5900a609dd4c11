-- Stock: a quantity for products that track it (NULL for those that don't), an "86" that may end by itself,
-- and reservations held for orders being placed.
ALTER TABLE product ADD COLUMN stock_quantity INTEGER;
ALTER TABLE product ADD COLUMN unavailable_until TIMESTAMP;
ALTER TABLE product ADD CONSTRAINT product_stock_not_negative CHECK (stock_quantity >= 0);

CREATE TABLE stock_reservation (
    reference   VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id BIGINT      NOT NULL,
    status      VARCHAR(12) NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED')),
    created_at  TIMESTAMP   NOT NULL,
    updated_at  TIMESTAMP   NOT NULL
);
CREATE INDEX stock_reservation_held_idx ON stock_reservation (status, created_at);

CREATE TABLE stock_reservation_line (
    reference  VARCHAR(64) NOT NULL REFERENCES stock_reservation (reference),
    product_id BIGINT      NOT NULL REFERENCES product (id),
    quantity   INTEGER     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reference, product_id)
);

-- Events consumed (ordering's), by eventId, so a redelivery changes nothing twice.
CREATE TABLE processed_event (
    event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP   NOT NULL
);
