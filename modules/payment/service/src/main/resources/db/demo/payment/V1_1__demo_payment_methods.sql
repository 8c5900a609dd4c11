-- Demo cards for identity's demo customers (alice=1, ben=2, amina=3), on the sandbox gateway.
-- Alice's second card always declines, to show a refused payment.
INSERT INTO payment_method (id, customer_id, brand, last4, expiry_month, expiry_year, gateway_token, preferred) VALUES
 (1, 1, 'Visa',       '4242', 12, 2030, 'tok_sandbox_visa',       TRUE),
 (2, 1, 'Visa',       '0002',  6, 2029, 'tok_sandbox_declined',   FALSE),
 (3, 2, 'Mastercard', '4444',  9, 2030, 'tok_sandbox_mastercard', TRUE),
 (4, 3, 'Visa',       '4242',  3, 2031, 'tok_sandbox_visa',       TRUE);
