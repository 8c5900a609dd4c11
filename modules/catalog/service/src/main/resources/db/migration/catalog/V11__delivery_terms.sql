-- What delivering from a store costs and takes (DeliveryTerms): a base fee covering the first kilometre and a fee
-- per kilometre started beyond it, in the store's currency's minor units, and the kitchen's preparation estimate.
-- A store nobody priced delivers free: no default amount is right in every currency. Issue 10 moves the fees to
-- payment's delivery zones. The latitude index serves the search for stores near a place.
ALTER TABLE store ADD COLUMN delivery_base_fee_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE store ADD COLUMN delivery_fee_per_km_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE store ADD COLUMN preparation_minutes INTEGER NOT NULL DEFAULT 20;
ALTER TABLE store ADD CONSTRAINT store_delivery_fees_not_negative
    CHECK (delivery_base_fee_minor >= 0 AND delivery_fee_per_km_minor >= 0);
ALTER TABLE store ADD CONSTRAINT store_preparation_minutes_range CHECK (preparation_minutes BETWEEN 0 AND 240);
CREATE INDEX store_latitude_idx ON store (latitude);
