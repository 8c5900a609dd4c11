package io.quartier.catalog.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/**
 * A store's status changed by its merchant (paused, resumed, hours or closures changed): {@code status} is OPEN,
 * CLOSED, PAUSED or CLOSED_EXCEPTIONALLY as of the change; {@code nextOpening} is null when it is open.
 */
public record StoreStatusChanged(long storeId, long merchantId, String status, Instant nextOpening)
        implements DomainEvent {
}
