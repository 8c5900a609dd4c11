-- Couriers (keyed by their identity account), offers to one courier at a time, and handover codes.
CREATE TABLE courier (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    onboarding   VARCHAR(20)  NOT NULL,
    vehicle      VARCHAR(20)  NOT NULL,
    home_zone    VARCHAR(80),
    availability VARCHAR(20)  NOT NULL,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    created_at   TIMESTAMP    NOT NULL
);
CREATE INDEX courier_offers ON courier (onboarding, availability);

ALTER TABLE delivery_job ADD COLUMN customer_id BIGINT;
ALTER TABLE delivery_job ADD COLUMN merchant_id BIGINT;
ALTER TABLE delivery_job ADD COLUMN pickup_latitude DOUBLE PRECISION;
ALTER TABLE delivery_job ADD COLUMN pickup_longitude DOUBLE PRECISION;
ALTER TABLE delivery_job ADD COLUMN dropoff_latitude DOUBLE PRECISION;
ALTER TABLE delivery_job ADD COLUMN dropoff_longitude DOUBLE PRECISION;
ALTER TABLE delivery_job ADD COLUMN pickup_at TIMESTAMP;
ALTER TABLE delivery_job ADD COLUMN deadline TIMESTAMP;
ALTER TABLE delivery_job ADD COLUMN offer_expires_at TIMESTAMP;
ALTER TABLE delivery_job ADD COLUMN pickup_code VARCHAR(8);
ALTER TABLE delivery_job ADD COLUMN delivery_code VARCHAR(8);
ALTER TABLE delivery_job ADD COLUMN wrong_pickup_codes INT NOT NULL DEFAULT 0;
ALTER TABLE delivery_job ADD COLUMN wrong_delivery_codes INT NOT NULL DEFAULT 0;
ALTER TABLE delivery_job ADD COLUMN flagged_at TIMESTAMP;
ALTER TABLE delivery_job ADD COLUMN assigned_at TIMESTAMP;

-- Jobs on offer to everyone before now wait for one courier; jobs from before codes get theirs.
UPDATE delivery_job SET status = 'WAITING' WHERE status = 'OFFERED';
UPDATE delivery_job SET pickup_code = LPAD(CAST(FLOOR(RANDOM() * 10000) AS INT)::TEXT, 4, '0'),
                        delivery_code = LPAD(CAST(FLOOR(RANDOM() * 10000) AS INT)::TEXT, 4, '0');
ALTER TABLE delivery_job ALTER COLUMN pickup_code SET NOT NULL;
ALTER TABLE delivery_job ALTER COLUMN delivery_code SET NOT NULL;
CREATE INDEX delivery_job_offers ON delivery_job (status, offer_expires_at);

CREATE TABLE delivery_job_passed (
    job_id     BIGINT NOT NULL REFERENCES delivery_job (id),
    courier_id BIGINT NOT NULL,
    PRIMARY KEY (job_id, courier_id)
);
