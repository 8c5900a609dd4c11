package io.quartier.catalog.api;

/** A store as customers and other contexts see it. {@code merchantType} is RESTAURANT, GROCERY or SPECIALTY. */
public record StoreView(long id, long merchantId, String merchantName, String merchantType, String name,
                        String address, String country, String currency, String timeZone, String language,
                        double latitude, double longitude) {
}
