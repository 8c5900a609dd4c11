package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * A courier took the job, accepting its offer or given it by an admin ({@code byAdmin}). {@code merchantId} is the
 * selling merchant's, so that its order queue hears of it; null in events from before it was sent.
 */
public record CourierAssigned(long jobId, long orderId, long courierId, boolean byAdmin, Long merchantId)
        implements DomainEvent {
}
