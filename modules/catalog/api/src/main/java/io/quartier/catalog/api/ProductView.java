package io.quartier.catalog.api;

/** A product with its price in minor units of the store's currency and its VAT rate in basis points. */
public record ProductView(long id, long storeId, long merchantId, String name, String description,
                          long priceMinor, String currency, int vatBasisPoints, boolean available) {
}
