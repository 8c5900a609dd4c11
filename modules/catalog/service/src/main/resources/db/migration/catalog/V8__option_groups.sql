-- Option groups of a product (size, extras) and their options, each with translated names and a price delta.
CREATE SEQUENCE option_group_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE product_option_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE option_group (
    id          BIGINT  NOT NULL PRIMARY KEY,
    product_id  BIGINT  NOT NULL REFERENCES product (id),
    position    INTEGER NOT NULL,
    min_choices INTEGER NOT NULL CHECK (min_choices >= 0),
    max_choices INTEGER NOT NULL CHECK (max_choices >= 1),
    CHECK (min_choices <= max_choices)
);
CREATE INDEX option_group_product_idx ON option_group (product_id, position);

CREATE TABLE option_group_translation (
    option_group_id BIGINT      NOT NULL REFERENCES option_group (id),
    lang            VARCHAR(5)  NOT NULL,
    name            VARCHAR(80) NOT NULL,
    PRIMARY KEY (option_group_id, lang)
);

CREATE TABLE product_option (
    id                BIGINT  NOT NULL PRIMARY KEY,
    option_group_id   BIGINT  NOT NULL REFERENCES option_group (id),
    position          INTEGER NOT NULL,
    price_delta_minor BIGINT  NOT NULL CHECK (price_delta_minor >= 0)
);
CREATE INDEX product_option_group_idx ON product_option (option_group_id, position);

CREATE TABLE product_option_translation (
    option_id BIGINT      NOT NULL REFERENCES product_option (id),
    lang      VARCHAR(5)  NOT NULL,
    name      VARCHAR(80) NOT NULL,
    PRIMARY KEY (option_id, lang)
);
