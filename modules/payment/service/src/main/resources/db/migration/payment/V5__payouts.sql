-- Payouts to merchants and couriers: one per payee, currency and period (up to its cut-off), each with the lines of
-- the journal entries it pays; a line (an entry's part on an account) is paid once, whatever the period.
CREATE SEQUENCE payout_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payout_run (
    id          BIGINT      NOT NULL PRIMARY KEY,
    period_from DATE        NOT NULL,
    period_to   DATE        NOT NULL,
    cut_off     TIMESTAMP   NOT NULL,
    status      VARCHAR(12) NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    started_by  BIGINT      NOT NULL,
    started_at  TIMESTAMP   NOT NULL,
    finished_at TIMESTAMP,
    payees      INTEGER     NOT NULL,
    failure     VARCHAR(200),
    CHECK (period_from <= period_to)
);
-- One run at a time: a second one started meanwhile is refused.
CREATE UNIQUE INDEX payout_run_one_running_uk ON payout_run (status) WHERE status = 'RUNNING';
CREATE INDEX payout_run_started_idx ON payout_run (started_at);

CREATE TABLE payout_run_total (
    run_id       BIGINT  NOT NULL REFERENCES payout_run (id),
    currency     CHAR(3) NOT NULL,
    amount_minor BIGINT  NOT NULL,
    payees       INTEGER NOT NULL,
    PRIMARY KEY (run_id, currency)
);

CREATE SEQUENCE payout_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payout (
    id           BIGINT      NOT NULL PRIMARY KEY,
    run_id       BIGINT      NOT NULL REFERENCES payout_run (id),
    payee_type   VARCHAR(12) NOT NULL CHECK (payee_type IN ('MERCHANT', 'COURIER')),
    payee_id     BIGINT      NOT NULL,
    currency     CHAR(3)     NOT NULL,
    period_from  DATE        NOT NULL,
    period_to    DATE        NOT NULL,
    cut_off      TIMESTAMP   NOT NULL,
    amount_minor BIGINT      NOT NULL CHECK (amount_minor > 0),
    paid_at      TIMESTAMP   NOT NULL,
    CONSTRAINT payout_payee_period_uk UNIQUE (payee_type, payee_id, currency, period_from, period_to, cut_off)
);
CREATE INDEX payout_payee_idx ON payout (payee_type, payee_id, paid_at);

CREATE TABLE payout_line (
    payout_id       BIGINT       NOT NULL REFERENCES payout (id),
    line_no         INTEGER      NOT NULL,
    entry_id        BIGINT       NOT NULL REFERENCES ledger_entry (id),
    entry_key       VARCHAR(100) NOT NULL,
    kind            VARCHAR(12)  NOT NULL,
    order_reference VARCHAR(64),
    occurred_at     TIMESTAMP    NOT NULL,
    account_type    VARCHAR(24)  NOT NULL,
    party_id        BIGINT       NOT NULL,
    amount_minor    BIGINT       NOT NULL,
    PRIMARY KEY (payout_id, line_no),
    CONSTRAINT payout_line_paid_once_uk UNIQUE (entry_id, account_type, party_id)
);
CREATE INDEX payout_line_occurred_idx ON payout_line (occurred_at);
CREATE INDEX ledger_entry_occurred_idx ON ledger_entry (occurred_at);
