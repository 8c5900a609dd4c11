-- Money given back on captured orders. A refund is written PENDING before the gateway is asked, so it counts against
-- what is left to refund; COMPLETED (posted in the ledger) or FAILED once the gateway answered.
CREATE SEQUENCE payment_refund_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment_refund (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    authorization_id    BIGINT       NOT NULL REFERENCES payment_authorization (id),
    order_reference     VARCHAR(64)  NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    fault               VARCHAR(12)  NOT NULL CHECK (fault IN ('MERCHANT', 'COURIER', 'PLATFORM', 'CUSTOMER')),
    status              VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    items_gross_minor   BIGINT       NOT NULL CHECK (items_gross_minor >= 0),
    items_vat_minor     BIGINT       NOT NULL CHECK (items_vat_minor >= 0),
    fee_gross_minor     BIGINT       NOT NULL CHECK (fee_gross_minor >= 0),
    fee_vat_minor       BIGINT       NOT NULL CHECK (fee_vat_minor >= 0),
    tip_minor           BIGINT       NOT NULL CHECK (tip_minor >= 0),
    commission_minor    BIGINT       NOT NULL,
    currency            CHAR(3)      NOT NULL,
    requested_by        BIGINT       NOT NULL,
    reason              VARCHAR(500),
    gateway_reference   VARCHAR(100),
    failure_code        VARCHAR(60),
    created_at          TIMESTAMP    NOT NULL,
    completed_at        TIMESTAMP,
    version             BIGINT       NOT NULL,
    CONSTRAINT payment_refund_idempotency_uk UNIQUE (order_reference, idempotency_key)
);
CREATE INDEX payment_refund_status_idx ON payment_refund (status, created_at);

CREATE TABLE payment_refund_line (
    refund_id BIGINT  NOT NULL REFERENCES payment_refund (id),
    line_no   INTEGER NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (refund_id, line_no)
);
