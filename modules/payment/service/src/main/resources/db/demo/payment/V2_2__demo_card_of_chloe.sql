-- A card for identity's demo customer chloe (4), in Paris: AccountsProfileIT orders with it, then deletes her account.
INSERT INTO payment_method (id, customer_id, brand, last4, expiry_month, expiry_year, gateway_token, preferred) VALUES
 (6, 4, 'Visa', '4242', 5, 2031, 'tok_sandbox_visa', TRUE);
