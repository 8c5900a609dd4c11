CREATE SEQUENCE order_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE order_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE orders (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    customer_id              BIGINT       NOT NULL,
    idempotency_key          VARCHAR(100) NOT NULL,
    request_fingerprint      VARCHAR(64)  NOT NULL,
    merchant_id              BIGINT       NOT NULL,
    store_id                 BIGINT       NOT NULL,
    store_name               VARCHAR(200) NOT NULL,
    store_address            VARCHAR(300) NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    total_minor              BIGINT       NOT NULL,
    currency                 CHAR(3)      NOT NULL,
    delivery_address         VARCHAR(300) NOT NULL,
    payment_authorization_id BIGINT,
    courier_id               BIGINT,
    placed_at                TIMESTAMP    NOT NULL,
    updated_at               TIMESTAMP    NOT NULL,
    CONSTRAINT orders_idempotency UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
CREATE INDEX orders_merchant ON orders (merchant_id, placed_at);

CREATE TABLE order_line (
    id               BIGINT       NOT NULL PRIMARY KEY,
    order_id         BIGINT       NOT NULL REFERENCES orders (id),
    position         INT          NOT NULL,
    product_id       BIGINT       NOT NULL,
    name             VARCHAR(200) NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_minor BIGINT       NOT NULL
);
CREATE INDEX order_line_order ON order_line (order_id);

CREATE TABLE processed_event (
    event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP   NOT NULL
);
