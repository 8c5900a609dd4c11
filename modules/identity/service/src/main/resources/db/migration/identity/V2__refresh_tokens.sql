-- A login's refresh tokens: only a hash of each is kept. Every refresh replaces the token with a new one of
-- the same family; presenting a replaced one again revokes the whole family (the token was stolen or copied).
CREATE TABLE refresh_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    family      VARCHAR(36) NOT NULL,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    issued_at   TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    replaced_at TIMESTAMP,
    revoked_at  TIMESTAMP
);
CREATE INDEX refresh_token_family ON refresh_token (family);
