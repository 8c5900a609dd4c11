package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The order is ready for pickup at its store. */
public record OrderReady(long orderId, long customerId, long merchantId, long storeId) implements DomainEvent {
}
