package io.quartier.catalog.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * What a store shows of itself changed, other than its status: its contact details, its delivery radius, or its
 * shelves (a shelf added, renamed, removed or moved). Its status has {@link StoreStatusChanged}.
 */
public record StoreChanged(long storeId, long merchantId) implements DomainEvent {
}
