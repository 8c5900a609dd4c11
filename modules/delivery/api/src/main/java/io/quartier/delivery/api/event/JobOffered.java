package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/**
 * A delivery job is offered to one courier ({@code courierId}) until {@code expiresAt}; without an answer by then it
 * goes to another. {@code courierId} and {@code expiresAt} are null in events from before offers went to one courier.
 */
public record JobOffered(long jobId, long orderId, String pickupName, String pickupAddress, Long courierId,
                         Instant expiresAt) implements DomainEvent {
}
