-- Demo delivery radii and contact details.
UPDATE store SET delivery_radius_m = 3000, phone = '+33 1 42 80 00 01', email = 'bonjour@chezmarcel.example' WHERE id = 1;
UPDATE store SET delivery_radius_m = 4000, phone = '+44 20 7946 0002', email = 'hello@camdengreens.example' WHERE id = 2;
UPDATE store SET delivery_radius_m = 2500, phone = '+33 1 46 06 00 03', email = 'contact@fromagerie-dupont.example' WHERE id = 3;
UPDATE store SET delivery_radius_m = 5000, phone = '+212 522 00 00 04', email = 'salam@dartajine.example' WHERE id = 4;
