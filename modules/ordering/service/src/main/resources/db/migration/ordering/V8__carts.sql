-- Customers' baskets kept between visits and devices: one per customer, its lines in the order they were added.
CREATE TABLE cart (
    customer_id BIGINT    PRIMARY KEY,
    updated_at  TIMESTAMP NOT NULL
);
CREATE TABLE cart_line (
    customer_id BIGINT       NOT NULL REFERENCES cart (customer_id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    store_id    BIGINT       NOT NULL,
    product_id  BIGINT       NOT NULL,
    option_ids  VARCHAR(400) NOT NULL,
    quantity    INT          NOT NULL CHECK (quantity BETWEEN 1 AND 99)
);
CREATE INDEX cart_line_customer ON cart_line (customer_id);
