-- A product a merchant removes is archived, not deleted: past orders and reservations still name it.
ALTER TABLE product ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
