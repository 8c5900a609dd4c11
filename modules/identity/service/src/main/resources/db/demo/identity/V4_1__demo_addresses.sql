-- A fourth demo customer, chloe (Paris, password demo1234), and the demo customers' delivery addresses, placed as
-- the local gazetteer places them.
INSERT INTO account (id, username, password_hash, display_name, email, role, merchant_id, locale, delivery_address, created_at, verified) VALUES
 (4, 'chloe', 'PBKDF2WithHmacSHA256:2048:Mbr2TB0vYc6hM0GJ38PYJ8vhFN/GU9HNqGsi2q6sppA=:/xOlXCjM2gLSQcM9uAtubd/v8c7Vuj3OuKc6pK3EWF0=', 'Chloé Bernard', 'chloe@example.org', 'CUSTOMER', NULL, 'fr', '8 rue Lepic, 75018 Paris', CURRENT_TIMESTAMP, TRUE);

INSERT INTO delivery_address (id, account_id, label, line, latitude, longitude, default_address, created_at) VALUES
 (1, 1, 'Maison',   '12 rue des Martyrs, 75009 Paris',       48.8790,  2.3397, TRUE,  CURRENT_TIMESTAMP),
 (2, 1, 'Bureau',   '40 rue de Rivoli, 75004 Paris',         48.8590,  2.3470, FALSE, CURRENT_TIMESTAMP),
 (3, 2, 'Home',     '8 Camden High Street, London NW1 0JH',  51.5375, -0.1410, TRUE,  CURRENT_TIMESTAMP),
 (4, 3, 'المنزل',   '21 Boulevard Anfa, Casablanca',         33.5880, -7.6320, TRUE,  CURRENT_TIMESTAMP),
 (5, 4, 'Maison',   '8 rue Lepic, 75018 Paris',              48.8860,  2.3340, TRUE,  CURRENT_TIMESTAMP);
