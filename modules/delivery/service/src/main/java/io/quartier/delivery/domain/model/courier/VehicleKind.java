package io.quartier.delivery.domain.model.courier;

/**
 * What a courier rides: its average speed in town, stops included, and how many bags it carries at once.
 */
public enum VehicleKind {
    BIKE(15, 2),
    SCOOTER(25, 3),
    CAR(30, 6);

    private final double kilometersPerHour;
    private final int bags;

    VehicleKind(double kilometersPerHour, int bags) {
        this.kilometersPerHour = kilometersPerHour;
        this.bags = bags;
    }

    public double metersPerSecond() {
        return kilometersPerHour / 3.6;
    }

    public int bags() {
        return bags;
    }
}
