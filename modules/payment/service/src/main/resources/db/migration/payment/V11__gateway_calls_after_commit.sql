-- No gateway call runs inside a transaction that can still roll back: a transaction records that a hold is to be
-- released (void_due_at) or, for a multi-store order's hold, how much it is to take (take_minor); the gateway is asked
-- after that commits, and a second transaction records its answer. The clock finishes what a crash left half done.
ALTER TABLE payment_authorization ADD COLUMN void_due_at TIMESTAMP;
ALTER TABLE payment_authorization ADD COLUMN take_minor BIGINT CHECK (take_minor > 0);
CREATE INDEX payment_authorization_void_due_idx ON payment_authorization (status, void_due_at);
-- A card's hold is recorded as an attempt (AUTHORIZING, no gateway reference yet) and committed before the gateway is
-- asked; attempt_reference is what the gateway is asked under, so an attempt a crash interrupted is asked again.
ALTER TABLE payment_authorization ALTER COLUMN gateway_reference DROP NOT NULL;
ALTER TABLE payment_authorization ADD COLUMN attempt_reference VARCHAR(64);
ALTER TABLE payment_authorization DROP CONSTRAINT payment_authorization_status_check;
ALTER TABLE payment_authorization ADD CONSTRAINT payment_authorization_status_check
    CHECK (status IN ('AUTHORIZING', 'AUTHORIZED', 'CAPTURED', 'VOIDED'));
-- With payment.capture.at=ACCEPTANCE the gateway captures a card's hold when its order is accepted (take_due_at, then
-- taken_at once the gateway did); the sale and its ledger entry are still kept at delivery.
ALTER TABLE payment_authorization ADD COLUMN take_due_at TIMESTAMP;
ALTER TABLE payment_authorization ADD COLUMN taken_at TIMESTAMP;
