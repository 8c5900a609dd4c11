-- A delivered job's earnings are owed to its courier by an entry of its own (entry key earning:<job>), paid by the
-- platform's delivery revenue; the delivery fee goes to that revenue at capture.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
    CHECK (kind IN ('CAPTURE', 'REFUND', 'PAYOUT', 'TOP_UP', 'EARNING'));
