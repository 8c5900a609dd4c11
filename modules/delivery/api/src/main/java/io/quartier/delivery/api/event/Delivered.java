package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A courier delivered the order. */
public record Delivered(long jobId, long orderId, long courierId) implements DomainEvent {
}
