CREATE SEQUENCE merchant_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE store_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE product_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE merchant (
    id   BIGINT       NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    type VARCHAR(20)  NOT NULL CHECK (type IN ('RESTAURANT', 'GROCERY', 'SPECIALTY'))
);

CREATE TABLE store (
    id          BIGINT           NOT NULL PRIMARY KEY,
    merchant_id BIGINT           NOT NULL REFERENCES merchant (id),
    name        VARCHAR(120)     NOT NULL,
    address     VARCHAR(300)     NOT NULL,
    country     CHAR(2)          NOT NULL,
    currency    CHAR(3)          NOT NULL,
    time_zone   VARCHAR(40)      NOT NULL,
    language    VARCHAR(5)       NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL
);
CREATE INDEX store_merchant_idx ON store (merchant_id);
CREATE INDEX store_country_idx ON store (country);

CREATE TABLE product (
    id               BIGINT  NOT NULL PRIMARY KEY,
    store_id         BIGINT  NOT NULL REFERENCES store (id),
    price_minor      BIGINT  NOT NULL CHECK (price_minor >= 0),
    vat_basis_points INTEGER NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
    available        BOOLEAN NOT NULL,
    position         INTEGER NOT NULL
);
CREATE INDEX product_store_idx ON product (store_id, position);

CREATE TABLE product_translation (
    product_id  BIGINT        NOT NULL REFERENCES product (id),
    lang        VARCHAR(5)    NOT NULL,
    name        VARCHAR(160)  NOT NULL,
    description VARCHAR(1000),
    PRIMARY KEY (product_id, lang)
);
