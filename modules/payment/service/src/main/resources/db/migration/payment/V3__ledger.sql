-- The double-entry ledger: every movement of money is one entry of postings summing to zero per currency
-- (debits positive, credits negative), one entry per key (what caused it), so nothing is posted twice.
CREATE SEQUENCE ledger_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ledger_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    entry_key       VARCHAR(100) NOT NULL,
    kind            VARCHAR(12)  NOT NULL CHECK (kind IN ('CAPTURE', 'REFUND', 'PAYOUT')),
    order_reference VARCHAR(64),
    occurred_at     TIMESTAMP    NOT NULL,
    CONSTRAINT ledger_entry_key_uk UNIQUE (entry_key)
);
CREATE INDEX ledger_entry_order_idx ON ledger_entry (order_reference);

CREATE TABLE ledger_posting (
    entry_id     BIGINT      NOT NULL REFERENCES ledger_entry (id),
    line_no      INTEGER     NOT NULL,
    account_type VARCHAR(24) NOT NULL,
    party_id     BIGINT      NOT NULL,
    amount_minor BIGINT      NOT NULL CHECK (amount_minor <> 0),
    currency     CHAR(3)     NOT NULL,
    PRIMARY KEY (entry_id, line_no)
);
CREATE INDEX ledger_posting_account_idx ON ledger_posting (account_type, party_id, currency);

-- The platform's commission per merchant, in basis points (1500 = 15 %); merchants without a row pay the default
-- (payment.commission.default-basis-points).
CREATE TABLE payment_commission_rate (
    merchant_id  BIGINT  NOT NULL PRIMARY KEY,
    basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
);

-- A hold is due for capture once its order is delivered, by that merchant and courier.
ALTER TABLE payment_authorization ADD COLUMN capture_due_at TIMESTAMP;
ALTER TABLE payment_authorization ADD COLUMN merchant_id BIGINT;
ALTER TABLE payment_authorization ADD COLUMN courier_id BIGINT;
CREATE INDEX payment_authorization_due_idx ON payment_authorization (status, capture_due_at);

-- What a captured order sold, as the ledger split it: refunds are bounded by it and split as it was.
CREATE TABLE payment_sale (
    authorization_id        BIGINT      NOT NULL PRIMARY KEY REFERENCES payment_authorization (id),
    order_reference         VARCHAR(64) NOT NULL,
    customer_id             BIGINT      NOT NULL,
    merchant_id             BIGINT      NOT NULL,
    courier_id              BIGINT      NOT NULL,
    currency                CHAR(3)     NOT NULL,
    items_gross_minor       BIGINT      NOT NULL CHECK (items_gross_minor >= 0),
    items_vat_minor         BIGINT      NOT NULL CHECK (items_vat_minor >= 0),
    fee_gross_minor         BIGINT      NOT NULL CHECK (fee_gross_minor >= 0),
    fee_vat_minor           BIGINT      NOT NULL CHECK (fee_vat_minor >= 0),
    tip_minor               BIGINT      NOT NULL CHECK (tip_minor >= 0),
    merchant_discount_minor BIGINT      NOT NULL CHECK (merchant_discount_minor >= 0),
    platform_discount_minor BIGINT      NOT NULL CHECK (platform_discount_minor >= 0),
    commission_basis_points INTEGER     NOT NULL,
    commission_minor        BIGINT      NOT NULL,
    captured_at             TIMESTAMP   NOT NULL
);
CREATE INDEX payment_sale_order_idx ON payment_sale (order_reference);

CREATE TABLE payment_sale_line (
    authorization_id BIGINT  NOT NULL REFERENCES payment_sale (authorization_id),
    line_no          INTEGER NOT NULL,
    product_id       BIGINT  NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor BIGINT  NOT NULL,
    vat_basis_points INTEGER NOT NULL,
    PRIMARY KEY (authorization_id, line_no)
);
