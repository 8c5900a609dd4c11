-- The kitchen's side of an order: the preparation time given on acceptance, when it is to be ready, and how often
-- its ticket was printed (a second print is marked as a reprint).
ALTER TABLE orders ADD COLUMN preparation_minutes INT;
ALTER TABLE orders ADD COLUMN ready_by TIMESTAMP;
ALTER TABLE orders ADD COLUMN ticket_prints INT NOT NULL DEFAULT 0;
