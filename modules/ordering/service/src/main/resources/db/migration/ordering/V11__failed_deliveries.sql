-- An order its courier could not deliver (status DELIVERY_FAILED): why, as delivery said it, and the courier's note.
ALTER TABLE orders ADD COLUMN delivery_failure_reason VARCHAR(30);
ALTER TABLE orders ADD COLUMN delivery_failure_note VARCHAR(280);
