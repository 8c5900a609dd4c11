-- A change of e-mail address waits in its mailed token until the new address confirms it.
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(200);

-- When the owner deleted the account: its personal data is then erased, its username a tombstone.
ALTER TABLE account ADD COLUMN deleted_at TIMESTAMP;

-- A customer's delivery addresses, placed by the geocoder; one of them the default (kept so by identity, which
-- changes an account's addresses with the account's row locked).
CREATE SEQUENCE delivery_address_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE delivery_address (
    id             BIGINT           NOT NULL PRIMARY KEY,
    account_id     BIGINT           NOT NULL REFERENCES account (id),
    label          VARCHAR(40)      NOT NULL,
    line           VARCHAR(300)     NOT NULL,
    latitude       DOUBLE PRECISION NOT NULL,
    longitude      DOUBLE PRECISION NOT NULL,
    default_address BOOLEAN          NOT NULL,
    created_at     TIMESTAMP        NOT NULL
);
CREATE INDEX delivery_address_account ON delivery_address (account_id);
