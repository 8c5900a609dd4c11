CREATE SEQUENCE delivery_job_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE delivery_job (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    order_id        BIGINT       NOT NULL UNIQUE,
    status          VARCHAR(20)  NOT NULL,
    pickup_name     VARCHAR(200) NOT NULL,
    pickup_address  VARCHAR(300) NOT NULL,
    dropoff_address VARCHAR(300) NOT NULL,
    courier_id      BIGINT,
    offered_at      TIMESTAMP    NOT NULL,
    picked_up_at    TIMESTAMP,
    delivered_at    TIMESTAMP
);
CREATE INDEX delivery_job_status ON delivery_job (status, courier_id);

CREATE TABLE processed_event (
    event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP   NOT NULL
);
