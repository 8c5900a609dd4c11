package io.quartier.delivery.api;

/** What a courier says of itself: its {@code vehicle} (BIKE, SCOOTER, CAR) and its home zone. */
public record CourierProfile(String vehicle, String homeZone) {
}
