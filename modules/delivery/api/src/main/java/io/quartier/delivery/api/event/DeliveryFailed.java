package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * The courier who had picked the order up could not deliver it: {@code reason} a
 * {@link io.quartier.delivery.api.DeliveryFailureReason} name, {@code note} the courier's short text (null when none).
 * The job is over; the order is not delivered and its customer is not charged.
 */
public record DeliveryFailed(long jobId, long orderId, long courierId, String reason, String note)
        implements DomainEvent {
}
