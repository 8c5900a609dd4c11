package io.quartier.delivery.api;

/**
 * A courier as delivery knows it: {@code onboarding} PENDING, APPROVED or SUSPENDED; {@code vehicle} BIKE, SCOOTER or
 * CAR; {@code availability} ONLINE, ON_BREAK or OFFLINE.
 */
public record CourierView(long id, String name, String onboarding, String vehicle, String homeZone,
                          String availability) {
}
