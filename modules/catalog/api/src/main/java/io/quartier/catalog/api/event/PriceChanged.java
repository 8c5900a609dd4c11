package io.quartier.catalog.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A product's price changed; {@code priceMinor} is in minor units of {@code currency}. */
public record PriceChanged(long productId, long storeId, long merchantId, long priceMinor, String currency)
        implements DomainEvent {
}
