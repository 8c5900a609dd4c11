-- Accounts that existed before sign-up needed a verified address count as verified; a new one starts unverified.
ALTER TABLE account ADD COLUMN verified BOOLEAN NOT NULL DEFAULT TRUE;
CREATE INDEX account_email ON account (LOWER(email));

-- Single-use tokens sent by mail (address verification, password reset): only a hash of each is kept.
CREATE TABLE account_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    purpose    VARCHAR(20) NOT NULL,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    expires_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP
);
CREATE INDEX account_token_account ON account_token (account_id);

-- Mails written in the transaction that decides them and sent after it commits, again until the SMTP server takes them.
CREATE SEQUENCE outgoing_mail_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient       VARCHAR(200)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP
);
CREATE INDEX outgoing_mail_pending ON outgoing_mail (next_attempt_at) WHERE sent_at IS NULL;
