-- What recommendation learns from ordering's events: who ordered which product (purchase), each product as last
-- ordered and how many customers ordered it (product), and how many customers ordered both of two products
-- (co_occurrence, kept up to date as orders arrive, so a suggestion is one indexed read). Nothing here is another
-- module's table: the facts come from the events.
CREATE TABLE product (
    id          BIGINT       NOT NULL PRIMARY KEY,
    store_id    BIGINT       NOT NULL,
    merchant_id BIGINT       NOT NULL,
    name        VARCHAR(300) NOT NULL,
    customers   INTEGER      NOT NULL
);
CREATE INDEX product_store ON product (store_id, customers);

CREATE TABLE purchase (
    customer_id BIGINT    NOT NULL,
    product_id  BIGINT    NOT NULL,
    last_order  BIGINT    NOT NULL,
    times       INTEGER   NOT NULL,
    first_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (customer_id, product_id)
);
CREATE INDEX purchase_product ON purchase (product_id);

CREATE TABLE co_occurrence (
    product_id BIGINT  NOT NULL,
    other_id   BIGINT  NOT NULL,
    customers  INTEGER NOT NULL,
    PRIMARY KEY (product_id, other_id)
);

-- Switches: a customer or a merchant that said no (a missing row is yes).
CREATE TABLE customer_choice (
    customer_id BIGINT  NOT NULL PRIMARY KEY,
    enabled     BOOLEAN NOT NULL
);
CREATE TABLE merchant_choice (
    merchant_id BIGINT  NOT NULL PRIMARY KEY,
    enabled     BOOLEAN NOT NULL
);

CREATE TABLE processed_event (
    event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP   NOT NULL
);
