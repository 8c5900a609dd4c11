package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A courier picked the order up at the store. */
public record OrderPickedUp(long orderId, long customerId, long merchantId, long courierId) implements DomainEvent {
}
