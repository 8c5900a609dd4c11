package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The kitchen started on the order. */
public record OrderInPreparation(long orderId, long customerId, long merchantId) implements DomainEvent {
}
