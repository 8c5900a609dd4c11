-- The demo couriers (identity's accounts 20 and 21), approved, offline until they go online in the courier app.
INSERT INTO courier (id, version, name, onboarding, vehicle, home_zone, availability, created_at) VALUES
 (20, 0, 'Carlos Ruiz', 'APPROVED', 'SCOOTER', 'Paris 9e', 'OFFLINE', CURRENT_TIMESTAMP),
 (21, 0, 'Dora Weber',  'APPROVED', 'BIKE',    'Paris 11e', 'OFFLINE', CURRENT_TIMESTAMP);
