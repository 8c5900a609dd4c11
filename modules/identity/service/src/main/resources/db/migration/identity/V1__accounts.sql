CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(60)  NOT NULL UNIQUE,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    email            VARCHAR(200) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    merchant_id      BIGINT,
    locale           VARCHAR(5)   NOT NULL,
    delivery_address VARCHAR(300),
    created_at       TIMESTAMP    NOT NULL
);
