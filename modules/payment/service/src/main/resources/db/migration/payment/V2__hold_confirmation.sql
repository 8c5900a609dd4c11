-- When an authorization's order was seen placed; holds never confirmed are released after a while.
ALTER TABLE payment_authorization ADD COLUMN confirmed_at TIMESTAMP;
CREATE INDEX payment_authorization_unconfirmed_idx ON payment_authorization (status, created_at);
