-- Saved payment methods: a card added by the token of the gateway's own form, removed (kept for the holds and
-- refunds that name it, never offered nor charged again), one default per customer; and the Quartier wallet, a
-- payment method of its customer per currency, whose balance is what the ledger's CUSTOMER_WALLET account owes it.
ALTER TABLE payment_method ADD COLUMN kind VARCHAR(8) NOT NULL DEFAULT 'CARD' CHECK (kind IN ('CARD', 'WALLET'));
ALTER TABLE payment_method ADD COLUMN currency CHAR(3);
ALTER TABLE payment_method ADD COLUMN removed_at TIMESTAMP;
ALTER TABLE payment_method ADD COLUMN balance_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_method ADD COLUMN held_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_method ALTER COLUMN brand DROP NOT NULL;
ALTER TABLE payment_method ALTER COLUMN last4 DROP NOT NULL;
ALTER TABLE payment_method ALTER COLUMN expiry_month DROP NOT NULL;
ALTER TABLE payment_method ALTER COLUMN expiry_year DROP NOT NULL;
ALTER TABLE payment_method ALTER COLUMN gateway_token DROP NOT NULL;
ALTER TABLE payment_method ADD CONSTRAINT payment_method_kind_ck CHECK (
    (kind = 'CARD' AND brand IS NOT NULL AND last4 IS NOT NULL AND expiry_month IS NOT NULL
        AND expiry_year IS NOT NULL AND gateway_token IS NOT NULL AND currency IS NULL
        AND balance_minor = 0 AND held_minor = 0)
    OR (kind = 'WALLET' AND currency IS NOT NULL AND gateway_token IS NULL));
-- A wallet never pays more than it holds, whatever runs at once.
ALTER TABLE payment_method ADD CONSTRAINT payment_method_wallet_balance_ck
    CHECK (held_minor >= 0 AND balance_minor >= held_minor);
CREATE UNIQUE INDEX payment_method_one_wallet_uk ON payment_method (customer_id, currency) WHERE kind = 'WALLET';
-- One default method per customer, checked at commit: changing the default updates two rows in either order.
ALTER TABLE payment_method ADD CONSTRAINT payment_method_one_default_ex EXCLUDE USING btree (customer_id WITH =)
    WHERE (preferred AND removed_at IS NULL) DEFERRABLE INITIALLY DEFERRED;

-- A hold taken in the customer's wallet rather than at the card gateway.
ALTER TABLE payment_authorization ADD COLUMN from_wallet BOOLEAN NOT NULL DEFAULT FALSE;

-- Money brought into a wallet from a saved card, once per idempotency key of the customer.
CREATE SEQUENCE payment_top_up_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment_top_up (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    customer_id         BIGINT       NOT NULL,
    wallet_id           BIGINT       NOT NULL REFERENCES payment_method (id),
    card_id             BIGINT       NOT NULL REFERENCES payment_method (id),
    amount_minor        BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency            CHAR(3)      NOT NULL,
    status              VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    idempotency_key     VARCHAR(100) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    gateway_reference   VARCHAR(100),
    failure_code        VARCHAR(60),
    created_at          TIMESTAMP    NOT NULL,
    completed_at        TIMESTAMP,
    version             BIGINT       NOT NULL,
    CONSTRAINT payment_top_up_idempotency_uk UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX payment_top_up_status_idx ON payment_top_up (status, created_at);

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
    CHECK (kind IN ('CAPTURE', 'REFUND', 'PAYOUT', 'TOP_UP'));
