package io.quartier.catalog.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * A product was added, or its texts, category, allergens, tags, photo or place on the shelf changed. Price and
 * stock have their own events ({@link PriceChanged}, {@link StockChanged}).
 */
public record ProductChanged(long productId, long storeId, long merchantId) implements DomainEvent {
}
