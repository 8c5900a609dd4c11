package io.quartier.catalog.api;

import java.time.Instant;

/**
 * A store that delivers to the place asked about. {@code status} is OPEN, CLOSED, PAUSED or CLOSED_EXCEPTIONALLY
 * now; {@code availability} its group in the list: OPEN_NOW, OPENS_LATER_TODAY or NOT_TODAY (paused, closed for
 * the day, or opening another day), in that order; {@code opensAt} when it next takes orders (null when open now
 * or without hours), to be shown in {@code timeZone}. {@code distanceMetres} is as the crow flies;
 * {@code deliveryFeeMinor} is in {@code currency}'s minor units; {@code deliveryMinutes} is the preparation
 * estimate plus the courier's ride.
 */
public record NearbyStoreView(long id, long merchantId, String name, String merchantType, String address,
                              String country, String currency, String timeZone, double latitude, double longitude,
                              long distanceMetres, String status, String availability, Instant opensAt,
                              long deliveryFeeMinor, int deliveryMinutes) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
