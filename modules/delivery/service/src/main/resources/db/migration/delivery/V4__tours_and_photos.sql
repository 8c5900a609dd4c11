-- The parts of a multi-store order make one tour (group_id, their shared drop-off), how each delivery was proven
-- (the customer's code, or a photo when the customer was not there), and those photos (BYTEA: PostgreSQL's binary
-- type, which H2 2.x reads as BINARY VARYING).
ALTER TABLE delivery_job ADD COLUMN group_id BIGINT;
ALTER TABLE delivery_job ADD COLUMN delivery_proof VARCHAR(10);
CREATE INDEX delivery_job_group ON delivery_job (group_id);

CREATE TABLE delivery_photo (
    job_id     BIGINT      NOT NULL PRIMARY KEY,
    media_type VARCHAR(20) NOT NULL,
    image      BYTEA       NOT NULL,
    taken_at   TIMESTAMP   NOT NULL
);

-- One row a multi-store order: its parts' jobs are made one after the other under its lock, and share its code.
CREATE TABLE delivery_tour (
    group_id      BIGINT     NOT NULL PRIMARY KEY,
    delivery_code VARCHAR(8) NOT NULL
);
