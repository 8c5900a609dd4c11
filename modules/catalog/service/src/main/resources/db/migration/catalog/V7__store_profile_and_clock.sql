-- A store's delivery radius and contact details, and the status last announced (StoreStatusChanged), so that the
-- clock can announce openings and closings that come with time rather than with a merchant's action.
ALTER TABLE store ADD COLUMN delivery_radius_m INTEGER;
ALTER TABLE store ADD CONSTRAINT store_delivery_radius_positive CHECK (delivery_radius_m > 0);
ALTER TABLE store ADD COLUMN phone VARCHAR(30);
ALTER TABLE store ADD COLUMN email VARCHAR(200);
ALTER TABLE store ADD COLUMN announced_status VARCHAR(24);
