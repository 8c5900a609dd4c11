-- The sandbox's test cards that are declined, each for its own reason, as alice's (customer 1) saved cards: to show
-- and test the translated message each decline gives, with nothing charged (see the README's test cards).
INSERT INTO payment_method (id, customer_id, brand, last4, expiry_month, expiry_year, gateway_token, preferred) VALUES
 (7,  1, 'Visa', '9995', 12, 2030, 'tok_sandbox_insufficient_funds', FALSE),
 (8,  1, 'Visa', '0069',  1, 2031, 'tok_sandbox_expired',            FALSE),
 (9,  1, 'Visa', '0036',  2, 2031, 'tok_sandbox_processing_error',   FALSE),
 (10, 1, 'Visa', '3184',  3, 2031, 'tok_sandbox_3ds',                FALSE);
