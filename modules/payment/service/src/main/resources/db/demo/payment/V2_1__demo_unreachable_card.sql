-- A card for which the sandbox gateway does not answer (tok_sandbox_unavailable): amina's second card, to show and
-- test a checkout whose payment step has no outcome (the order stays pending, then is given up).
INSERT INTO payment_method (id, customer_id, brand, last4, expiry_month, expiry_year, gateway_token, preferred) VALUES
 (5, 3, 'Visa', '0119', 1, 2031, 'tok_sandbox_unavailable', FALSE);
