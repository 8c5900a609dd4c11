-- A saved card may be kept in a phone's wallet (Apple Pay, Google Pay): the gateway's token is then a device token,
-- and the last four digits shown are the device's number's. Only cards name one.
ALTER TABLE payment_method ADD COLUMN device_wallet VARCHAR(12)
    CHECK (device_wallet IN ('apple_pay', 'google_pay') AND kind = 'CARD' OR device_wallet IS NULL);
