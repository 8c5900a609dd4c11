package io.quartier.catalog.api;

import java.time.Instant;

/**
 * A store as customers and other contexts see it. {@code merchantType} is RESTAURANT, GROCERY or SPECIALTY;
 * {@code status} is OPEN, CLOSED, PAUSED or CLOSED_EXCEPTIONALLY now, and {@code nextOpening} when it next
 * opens (null when open now or never); {@code deliveryRadiusMetres} is how far it delivers (null: the
 * platform's default).
 */
public record StoreView(long id, long merchantId, String merchantName, String merchantType, String name,
                        String address, String country, String currency, String timeZone, String language,
                        double latitude, double longitude, String status, Instant nextOpening, String phone,
                        String email, Integer deliveryRadiusMetres) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
