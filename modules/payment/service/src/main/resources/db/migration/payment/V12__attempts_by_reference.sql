-- A gateway's webhook names the attempt by the reference the gateway was asked under (Stripe's
-- metadata.quartier_reference): the attempt still waiting for its answer is found by it and finished at once.
CREATE INDEX payment_authorization_attempt_reference_idx ON payment_authorization (attempt_reference);
