-- A product's photo, kept as the two JPEG renditions the shop serves; the merchant's upload itself is not kept.
-- BYTEA is PostgreSQL's binary type, and H2 (2.x, any mode) reads it as BINARY VARYING of up to 1 GB.
CREATE TABLE product_photo (
    product_id BIGINT      NOT NULL PRIMARY KEY REFERENCES product (id),
    version    VARCHAR(16) NOT NULL,
    small_jpeg BYTEA       NOT NULL,
    large_jpeg BYTEA       NOT NULL
);
