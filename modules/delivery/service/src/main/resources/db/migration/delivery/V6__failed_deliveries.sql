-- A delivery the courier could not make: why (a DeliveryFailureReason name), its short note, and when.
ALTER TABLE delivery_job ADD COLUMN failure_reason VARCHAR(30);
ALTER TABLE delivery_job ADD COLUMN failure_note VARCHAR(280);
ALTER TABLE delivery_job ADD COLUMN failed_at TIMESTAMP;
