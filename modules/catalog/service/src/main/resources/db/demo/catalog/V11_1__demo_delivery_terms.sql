-- Demo delivery terms, in each store's currency: base fee (first kilometre included), fee per further kilometre
-- started, preparation minutes. Radii are in V7_1: a place in Paris 9e/18e finds both Paris stores, never London's.
UPDATE store SET delivery_base_fee_minor = 199,  delivery_fee_per_km_minor = 50,  preparation_minutes = 20 WHERE id = 1;
UPDATE store SET delivery_base_fee_minor = 249,  delivery_fee_per_km_minor = 60,  preparation_minutes = 10 WHERE id = 2;
UPDATE store SET delivery_base_fee_minor = 299,  delivery_fee_per_km_minor = 50,  preparation_minutes = 10 WHERE id = 3;
UPDATE store SET delivery_base_fee_minor = 1000, delivery_fee_per_km_minor = 300, preparation_minutes = 25 WHERE id = 4;
