CREATE SEQUENCE payment_method_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE payment_authorization_seq START WITH 1000 INCREMENT BY 50;

-- Gateway tokens only: no card number is ever stored.
CREATE TABLE payment_method (
    id            BIGINT       NOT NULL PRIMARY KEY,
    customer_id   BIGINT       NOT NULL,
    brand         VARCHAR(20)  NOT NULL,
    last4         CHAR(4)      NOT NULL,
    expiry_month  INTEGER      NOT NULL CHECK (expiry_month BETWEEN 1 AND 12),
    expiry_year   INTEGER      NOT NULL,
    gateway_token VARCHAR(200) NOT NULL,
    preferred     BOOLEAN      NOT NULL
);
CREATE INDEX payment_method_customer_idx ON payment_method (customer_id);

CREATE TABLE payment_authorization (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    order_reference     VARCHAR(64)  NOT NULL,
    customer_id         BIGINT       NOT NULL,
    payment_method_id   BIGINT       NOT NULL REFERENCES payment_method (id),
    amount_minor        BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency            CHAR(3)      NOT NULL,
    status              VARCHAR(12)  NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'VOIDED')),
    gateway_reference   VARCHAR(100) NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    captured_at         TIMESTAMP,
    version             BIGINT       NOT NULL,
    CONSTRAINT payment_authorization_idempotency_uk UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX payment_authorization_order_idx ON payment_authorization (order_reference, status);

-- Events this module consumed, so a redelivery has no second effect (see ProcessedEvents).
CREATE TABLE processed_event (
    event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP   NOT NULL
);
