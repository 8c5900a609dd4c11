package io.quartier.catalog.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * A product's availability or quantity changed (a merchant's edit, a sale, a release). {@code available} is
 * whether it can be ordered now; {@code quantity} is null for products that do not track stock.
 */
public record StockChanged(long productId, long storeId, long merchantId, boolean available, Integer quantity)
        implements DomainEvent {
}
