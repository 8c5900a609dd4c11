package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A courier picked the order up. */
public record PickedUp(long jobId, long orderId, long courierId) implements DomainEvent {
}
