-- Coupons and automatic discounts, and what each order used of them (promotion's own schema).
-- Ids below 1000 are left to the demo data: the sequences start above them (EclipseLink takes the 50 ids up to each value).
CREATE SEQUENCE promotion_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE redemption_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE promotion (
    id                     BIGINT       PRIMARY KEY,
    version                BIGINT       NOT NULL,
    kind                   VARCHAR(20)  NOT NULL,
    -- null: any merchant's stores (a platform promotion)
    merchant_id            BIGINT,
    funder                 VARCHAR(10)  NOT NULL,
    -- a coupon's code, upper case; null for an automatic discount
    code                   VARCHAR(40)  UNIQUE,
    discount_type          VARCHAR(10),
    percent                INTEGER      CHECK (percent BETWEEN 1 AND 100),
    amount_minor           BIGINT       CHECK (amount_minor > 0),
    currency               VARCHAR(3),
    minimum_basket_minor   BIGINT       NOT NULL CHECK (minimum_basket_minor >= 0),
    first_order_only       BOOLEAN      NOT NULL,
    per_customer_limit     INTEGER      CHECK (per_customer_limit > 0),
    total_limit            INTEGER      CHECK (total_limit > 0),
    -- reserved and confirmed uses; never above total_limit
    used                   INTEGER      NOT NULL CHECK (used >= 0),
    valid_from             TIMESTAMP,
    valid_until            TIMESTAMP,
    happy_from_minute      INTEGER      CHECK (happy_from_minute BETWEEN 0 AND 1439),
    happy_until_minute     INTEGER      CHECK (happy_until_minute BETWEEN 0 AND 1440),
    shelf_id               BIGINT,
    product_id             BIGINT,
    paused                 BOOLEAN      NOT NULL,
    redeemed               INTEGER      NOT NULL,
    discount_total_minor   BIGINT       NOT NULL,
    created_at             TIMESTAMP    NOT NULL,
    CHECK (total_limit IS NULL OR used <= total_limit)
);
CREATE INDEX promotion_merchant ON promotion (merchant_id);

CREATE TABLE promotion_store (
    promotion_id BIGINT NOT NULL REFERENCES promotion (id),
    store_id     BIGINT NOT NULL,
    PRIMARY KEY (promotion_id, store_id)
);

CREATE TABLE redemption (
    id            BIGINT      PRIMARY KEY,
    promotion_id  BIGINT      NOT NULL REFERENCES promotion (id),
    order_id      BIGINT      NOT NULL,
    customer_id   BIGINT      NOT NULL,
    amount_minor  BIGINT      NOT NULL CHECK (amount_minor >= 0),
    currency      VARCHAR(3)  NOT NULL,
    status        VARCHAR(10) NOT NULL,
    reserved_at   TIMESTAMP   NOT NULL,
    UNIQUE (promotion_id, order_id)
);
CREATE INDEX redemption_order ON redemption (order_id);
CREATE INDEX redemption_customer ON redemption (customer_id, promotion_id);

CREATE TABLE processed_event (
    event_id     VARCHAR(64) PRIMARY KEY,
    processed_at TIMESTAMP   NOT NULL
);
