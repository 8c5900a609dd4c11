-- Multi-store orders: one basket ordered from several stores at once, one order per store (its part), one payment.
CREATE SEQUENCE order_group_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE order_group (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    customer_id              BIGINT       NOT NULL,
    idempotency_key          VARCHAR(100) NOT NULL,
    request_fingerprint      VARCHAR(64)  NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    currency                 CHAR(3)      NOT NULL,
    payment_method_id        BIGINT       NOT NULL,
    payment_authorization_id BIGINT,
    failure_code             VARCHAR(80),
    failure_status           INTEGER,
    answered_rejections      INTEGER      NOT NULL,
    settled_at               TIMESTAMP,
    placed_at                TIMESTAMP    NOT NULL,
    updated_at               TIMESTAMP    NOT NULL,
    CONSTRAINT order_group_idempotency UNIQUE (customer_id, idempotency_key)
);

-- No foreign key: a group and its parts are written in one transaction, in an order JPA does not promise.
ALTER TABLE orders ADD COLUMN group_id BIGINT;
CREATE INDEX orders_group_idx ON orders (group_id);
