-- A multi-store order is paid with one hold; what each delivered order of it charged is taken out of that hold as a
-- part of its own (its order's reference, its sale), pointing at the group's hold.
ALTER TABLE payment_authorization ADD COLUMN group_authorization_id BIGINT REFERENCES payment_authorization (id);
