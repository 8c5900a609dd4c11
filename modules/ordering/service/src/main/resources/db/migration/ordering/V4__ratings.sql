-- Ratings of delivered orders: one per order, its store's stars and, when a courier delivered it, the courier's.
CREATE TABLE rating (
    order_id        BIGINT        PRIMARY KEY REFERENCES orders (id),
    customer_id     BIGINT        NOT NULL,
    merchant_id     BIGINT        NOT NULL,
    store_id        BIGINT        NOT NULL,
    courier_id      BIGINT,
    store_stars     INT           NOT NULL CHECK (store_stars BETWEEN 1 AND 5),
    store_comment   VARCHAR(1000),
    courier_stars   INT           CHECK (courier_stars BETWEEN 1 AND 5),
    courier_comment VARCHAR(1000),
    rated_at        TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL
);
CREATE INDEX rating_store ON rating (store_id);
CREATE INDEX rating_merchant ON rating (merchant_id, updated_at);
