-- Demo stock: the grocer and the cheese shop count their units; the restaurants don't (NULL).
UPDATE product SET stock_quantity = 40 WHERE id = 201;
UPDATE product SET stock_quantity = 24 WHERE id = 202;
UPDATE product SET stock_quantity = 12 WHERE id = 203;
UPDATE product SET stock_quantity = 0  WHERE id = 204;
UPDATE product SET stock_quantity = 8  WHERE id = 205;
UPDATE product SET stock_quantity = 60 WHERE id = 206;
UPDATE product SET stock_quantity = 15 WHERE id = 301;
UPDATE product SET stock_quantity = 10 WHERE id = 302;
UPDATE product SET stock_quantity = 6  WHERE id = 303;
UPDATE product SET stock_quantity = 0  WHERE id = 304;
UPDATE product SET stock_quantity = 20 WHERE id = 305;
UPDATE product SET stock_quantity = 18 WHERE id = 306;
