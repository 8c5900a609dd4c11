-- The start of the slot a scheduled order is served in: its job is offered to couriers only as its pickup nears.
ALTER TABLE delivery_job ADD COLUMN slot_start TIMESTAMP;
