-- The sandbox gateway's 3-D Secure challenges: one per attempt that needs the customer's confirmation, bound to the
-- card's token, the amount and the order reference, passed or failed once on the challenge page, used by one
-- authorization at most, and worthless after it expires.
CREATE TABLE payment_challenge (
    id              VARCHAR(32)  PRIMARY KEY,
    gateway_token   VARCHAR(200) NOT NULL,
    amount_minor    BIGINT       NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    order_reference VARCHAR(64)  NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP    NOT NULL,
    decided_at      TIMESTAMP,
    used_at         TIMESTAMP
);
CREATE INDEX payment_challenge_attempt ON payment_challenge (gateway_token, order_reference);

-- The gateway answers an attempt asked again with the hold it made: payment finds that hold's authorization by it.
CREATE INDEX payment_authorization_gateway_reference ON payment_authorization (gateway_reference);
