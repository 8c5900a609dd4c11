-- Events a gateway announced by webhook, by the gateway's event id: a redelivered event is recognised and changes
-- nothing. Kept whether or not the event changed anything here, for whoever follows a payment at the gateway.
CREATE TABLE payment_gateway_event (
    event_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    event_type       VARCHAR(100) NOT NULL,
    object_reference VARCHAR(255),
    hold_reference   VARCHAR(255),
    received_at      TIMESTAMP    NOT NULL
);
CREATE INDEX payment_gateway_event_hold_idx ON payment_gateway_event (hold_reference);
