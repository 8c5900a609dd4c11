-- Demo shelves, allergens and dietary tags. Ids below 1000: the sequences start above them.
INSERT INTO category (id, store_id, position) VALUES
 (11, 1, 1), (12, 1, 2), (13, 1, 3),
 (21, 2, 1), (22, 2, 2), (23, 2, 3),
 (31, 3, 1), (32, 3, 2),
 (41, 4, 1), (42, 4, 2), (43, 4, 3);

INSERT INTO category_translation (category_id, lang, name) VALUES
 (11, 'fr', 'Entrées'), (11, 'en', 'Starters'),
 (12, 'fr', 'Plats'), (12, 'en', 'Mains'),
 (13, 'fr', 'Desserts'), (13, 'en', 'Desserts'),
 (21, 'en', 'Fruit and vegetables'), (21, 'fr', 'Fruits et légumes'),
 (22, 'en', 'Dairy and eggs'), (22, 'fr', 'Crèmerie et œufs'),
 (23, 'en', 'Bakery'), (23, 'fr', 'Boulangerie'),
 (31, 'fr', 'Fromages'), (31, 'en', 'Cheeses'),
 (32, 'fr', 'Crèmerie'), (32, 'en', 'Dairy'),
 (41, 'ar', 'شوربات'), (41, 'fr', 'Soupes'), (41, 'en', 'Soups'),
 (42, 'ar', 'أطباق رئيسية'), (42, 'fr', 'Plats'), (42, 'en', 'Mains'),
 (43, 'ar', 'مشروبات'), (43, 'fr', 'Boissons'), (43, 'en', 'Drinks');

UPDATE product SET category_id = 11 WHERE id = 102;
UPDATE product SET category_id = 12 WHERE id IN (101, 103, 104);
UPDATE product SET category_id = 13 WHERE id IN (105, 106);
UPDATE product SET category_id = 21 WHERE id IN (201, 204);
UPDATE product SET category_id = 22 WHERE id IN (202, 205, 206);
UPDATE product SET category_id = 23 WHERE id = 203;
UPDATE product SET category_id = 31 WHERE id IN (301, 302, 303, 304, 305);
UPDATE product SET category_id = 32 WHERE id = 306;
UPDATE product SET category_id = 41 WHERE id = 404;
UPDATE product SET category_id = 42 WHERE id IN (401, 402, 403, 405);
UPDATE product SET category_id = 43 WHERE id = 406;

INSERT INTO product_allergen (product_id, allergen) VALUES
 (101, 'CELERY'), (101, 'SULPHITES'),
 (102, 'GLUTEN'), (102, 'MILK'), (102, 'CELERY'),
 (104, 'MILK'), (104, 'CELERY'),
 (105, 'EGGS'), (105, 'MILK'),
 (106, 'GLUTEN'), (106, 'EGGS'), (106, 'MILK'),
 (202, 'EGGS'), (203, 'GLUTEN'), (205, 'MILK'), (206, 'MILK'),
 (301, 'MILK'), (302, 'MILK'), (303, 'MILK'), (304, 'MILK'), (305, 'MILK'), (306, 'MILK'),
 (402, 'GLUTEN'), (403, 'GLUTEN'), (403, 'EGGS'), (403, 'NUTS'), (404, 'GLUTEN'), (404, 'CELERY');

INSERT INTO product_dietary_tag (product_id, tag) VALUES
 (105, 'VEGETARIAN'), (106, 'VEGETARIAN'),
 (201, 'VEGAN'), (201, 'ORGANIC'), (201, 'GLUTEN_FREE'), (204, 'VEGAN'), (204, 'GLUTEN_FREE'),
 (203, 'VEGAN'), (205, 'VEGETARIAN'), (205, 'GLUTEN_FREE'),
 (401, 'HALAL'), (402, 'VEGETARIAN'), (402, 'VEGAN'), (403, 'HALAL'), (404, 'VEGETARIAN'), (405, 'HALAL'),
 (406, 'VEGAN'), (406, 'GLUTEN_FREE');
