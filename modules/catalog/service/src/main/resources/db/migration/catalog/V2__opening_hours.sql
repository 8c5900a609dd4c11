-- Opening hours: a store's weekly ranges, its closure days and its pause ("busy mode").
-- Times and dates are the store's local ones (store.time_zone); paused_until is an instant, in UTC.
-- A range whose closes is not after its opens closes the next day; 00:00-00:00 is open all day.
ALTER TABLE store ADD COLUMN paused_until TIMESTAMP;

CREATE TABLE store_opening_range (
    store_id    BIGINT     NOT NULL REFERENCES store (id),
    day_of_week VARCHAR(9) NOT NULL CHECK (day_of_week IN
                    ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    opens       TIME       NOT NULL,
    closes      TIME       NOT NULL,
    PRIMARY KEY (store_id, day_of_week, opens)
);

CREATE TABLE store_closure (
    store_id  BIGINT       NOT NULL REFERENCES store (id),
    first_day DATE         NOT NULL,
    last_day  DATE         NOT NULL,
    note      VARCHAR(200),
    PRIMARY KEY (store_id, first_day),
    CHECK (last_day >= first_day)
);
