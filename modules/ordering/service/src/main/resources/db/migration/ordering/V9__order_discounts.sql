-- The discounts an order got from promotions (taken off its total), and the coupon code its customer entered.
ALTER TABLE orders ADD COLUMN coupon_code VARCHAR(40);

CREATE TABLE order_discount (
    order_id      BIGINT      NOT NULL REFERENCES orders (id),
    position      INTEGER     NOT NULL,
    promotion_id  BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    code          VARCHAR(40),
    funder        VARCHAR(10) NOT NULL,
    amount_minor  BIGINT      NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (order_id, position)
);
