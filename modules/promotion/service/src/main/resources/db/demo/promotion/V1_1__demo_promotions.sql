-- Demo promotions: WELCOME10, 10 % off a first order in any store, funded by the platform; and free delivery over
-- 25.00 EUR at Fromagerie Dupont (store 3), funded by its merchant. Ids below 1000: the sequences start above them.
INSERT INTO promotion (id, version, kind, merchant_id, funder, code, discount_type, percent, amount_minor, currency,
                       minimum_basket_minor, first_order_only, per_customer_limit, total_limit, used, valid_from,
                       valid_until, happy_from_minute, happy_until_minute, shelf_id, product_id, paused, redeemed,
                       discount_total_minor, created_at) VALUES
 (1, 0, 'COUPON', NULL, 'PLATFORM', 'WELCOME10', 'PERCENTAGE', 10, NULL, NULL, 0, TRUE, 1, NULL, 0, NULL, NULL,
  NULL, NULL, NULL, NULL, FALSE, 0, 0, CURRENT_TIMESTAMP),
 (2, 0, 'FREE_DELIVERY', 3, 'MERCHANT', NULL, NULL, NULL, NULL, 'EUR', 2500, FALSE, NULL, NULL, 0, NULL, NULL,
  NULL, NULL, NULL, NULL, FALSE, 0, 0, CURRENT_TIMESTAMP);
INSERT INTO promotion_store (promotion_id, store_id) VALUES (2, 3);
