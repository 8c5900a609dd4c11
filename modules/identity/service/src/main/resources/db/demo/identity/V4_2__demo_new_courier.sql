-- A courier who has just signed on (password demo1234): delivery makes its profile on first use, pending until an
-- admin approves it, so it is offered nothing before.
INSERT INTO account (id, username, password_hash, display_name, email, role, merchant_id, locale, delivery_address, created_at) VALUES
 (22, 'emil',       'PBKDF2WithHmacSHA256:2048:Mbr2TB0vYc6hM0GJ38PYJ8vhFN/GU9HNqGsi2q6sppA=:/xOlXCjM2gLSQcM9uAtubd/v8c7Vuj3OuKc6pK3EWF0=', 'Emil Novak',          'emil@example.org',       'COURIER',  NULL, 'en', NULL, CURRENT_TIMESTAMP);
