-- Shelves (categories) per store with translated names; a product's category, allergens and dietary tags.
CREATE SEQUENCE category_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE category (
    id       BIGINT  NOT NULL PRIMARY KEY,
    store_id BIGINT  NOT NULL REFERENCES store (id),
    position INTEGER NOT NULL
);
CREATE INDEX category_store_idx ON category (store_id, position);

CREATE TABLE category_translation (
    category_id BIGINT      NOT NULL REFERENCES category (id),
    lang        VARCHAR(5)  NOT NULL,
    name        VARCHAR(80) NOT NULL,
    PRIMARY KEY (category_id, lang)
);

ALTER TABLE product ADD COLUMN category_id BIGINT REFERENCES category (id);
CREATE INDEX product_category_idx ON product (category_id);

CREATE TABLE product_allergen (
    product_id BIGINT      NOT NULL REFERENCES product (id),
    allergen   VARCHAR(20) NOT NULL,
    PRIMARY KEY (product_id, allergen)
);

CREATE TABLE product_dietary_tag (
    product_id BIGINT      NOT NULL REFERENCES product (id),
    tag        VARCHAR(20) NOT NULL,
    PRIMARY KEY (product_id, tag)
);
