package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A delivery job waits for a courier. */
public record JobOffered(long jobId, long orderId, String pickupName, String pickupAddress) implements DomainEvent {
}
