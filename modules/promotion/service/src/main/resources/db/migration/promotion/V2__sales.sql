-- What the orders that redeemed a promotion charged (its sales, beside its cost in discounts): each redemption keeps
-- its order's total, the promotion the sum over its placed orders. Orders from before this count 0.
ALTER TABLE redemption ADD COLUMN order_total_minor BIGINT CHECK (order_total_minor >= 0);
ALTER TABLE promotion ADD COLUMN sales_total_minor BIGINT NOT NULL DEFAULT 0;
