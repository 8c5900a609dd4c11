package io.quartier.delivery.benchmark;

import io.quartier.delivery.application.dispatch.CourierOnShift;
import io.quartier.delivery.application.dispatch.WaitingJob;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded town for the dispatch benchmarks: stores and customers spread over a square of central Paris, couriers
 * on bikes, scooters and cars (half, a third, the rest).
 */
final class City {

    static final GeoPoint CENTRE = new GeoPoint(48.8566, 2.3522);

    private final Random random;
    private final double sideMeters;
    private final List<GeoPoint> stores = new ArrayList<>();

    City(long seed, double sideMeters, int storeCount) {
        this.random = new Random(seed);
        this.sideMeters = sideMeters;
        for (int i = 0; i < storeCount; i++) {
            stores.add(anywhere());
        }
    }

    Random random() {
        return random;
    }

    GeoPoint anywhere() {
        return near(CENTRE, (random.nextDouble() - 0.5) * sideMeters, (random.nextDouble() - 0.5) * sideMeters);
    }

    GeoPoint store() {
        return stores.get(random.nextInt(stores.size()));
    }

    /** A customer within {@code radius} meters of the store, as a store's delivery radius allows. */
    GeoPoint customerOf(GeoPoint store, double radius) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = Math.sqrt(random.nextDouble()) * radius;
        return near(store, Math.cos(angle) * distance, Math.sin(angle) * distance);
    }

    VehicleKind vehicle(int courier) {
        int slot = courier % 6;
        return slot < 3 ? VehicleKind.BIKE : slot < 5 ? VehicleKind.SCOOTER : VehicleKind.CAR;
    }

    CourierOnShift courier(long id, GeoPoint at, Instant shiftEnd) {
        return new CourierOnShift(id, at, Availability.ONLINE, vehicle((int) id), shiftEnd);
    }

    /** A job placed at {@code placed}: ready after 5 to 20 minutes of cooking, promised within 45 minutes. */
    WaitingJob job(long id, Instant placed) {
        GeoPoint store = store();
        return new WaitingJob(id, store, customerOf(store, 3000), placed.plusSeconds(300 + random.nextInt(900)),
                placed.plusSeconds(45 * 60), 1);
    }

    static GeoPoint near(GeoPoint from, double east, double north) {
        return new GeoPoint(from.lat() + north / 111_195.0,
                from.lon() + east / (111_195.0 * Math.cos(Math.toRadians(from.lat()))));
    }
}
