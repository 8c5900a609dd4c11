-- Couriers' thinned trails (for disputes; the live position is in the data grid), what each job pays its courier,
-- when the courier reached the store (for the waiting it is paid), and a deleted customer's erasure.
CREATE SEQUENCE courier_trail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE courier_trail (
    id          BIGINT           NOT NULL PRIMARY KEY,
    courier_id  BIGINT           NOT NULL,
    job_id      BIGINT,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    recorded_at TIMESTAMP        NOT NULL
);
CREATE INDEX courier_trail_courier ON courier_trail (courier_id, recorded_at);
CREATE INDEX courier_trail_job ON courier_trail (job_id);

ALTER TABLE delivery_job ADD COLUMN arrived_at TIMESTAMP;
ALTER TABLE delivery_job ADD COLUMN customer_erased_at TIMESTAMP;
ALTER TABLE delivery_job ADD COLUMN earning_currency VARCHAR(3);
ALTER TABLE delivery_job ADD COLUMN earning_base BIGINT;
ALTER TABLE delivery_job ADD COLUMN earning_distance BIGINT;
ALTER TABLE delivery_job ADD COLUMN earning_peak BIGINT;
ALTER TABLE delivery_job ADD COLUMN earning_tip BIGINT;
ALTER TABLE delivery_job ADD COLUMN earning_waiting BIGINT;
ALTER TABLE delivery_job ADD COLUMN distance_meters BIGINT;
ALTER TABLE delivery_job ADD COLUMN waiting_minutes BIGINT;
CREATE INDEX delivery_job_courier_delivered ON delivery_job (courier_id, delivered_at);
CREATE INDEX delivery_job_customer ON delivery_job (customer_id);
