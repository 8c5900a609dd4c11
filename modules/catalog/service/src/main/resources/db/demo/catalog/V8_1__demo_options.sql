-- Demo options: a size for the onion soup, sides for the lamb tagine.
INSERT INTO option_group (id, product_id, position, min_choices, max_choices) VALUES
 (1, 102, 1, 1, 1),
 (2, 401, 1, 0, 2);
INSERT INTO option_group_translation (option_group_id, lang, name) VALUES
 (1, 'fr', 'Taille'), (1, 'en', 'Size'),
 (2, 'ar', 'إضافات'), (2, 'fr', 'Suppléments'), (2, 'en', 'Extras');
INSERT INTO product_option (id, option_group_id, position, price_delta_minor) VALUES
 (11, 1, 1, 0), (12, 1, 2, 300),
 (21, 2, 1, 0), (22, 2, 2, 1500);
INSERT INTO product_option_translation (option_id, lang, name) VALUES
 (11, 'fr', 'Bol'), (11, 'en', 'Bowl'),
 (12, 'fr', 'Grande soupière'), (12, 'en', 'Large tureen'),
 (21, 'ar', 'خبز'), (21, 'fr', 'Pain'), (21, 'en', 'Bread'),
 (22, 'ar', 'لوز محمص'), (22, 'fr', 'Amandes grillées'), (22, 'en', 'Toasted almonds');
