package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A courier took the job, accepting its offer or given it by an admin ({@code byAdmin}). */
public record CourierAssigned(long jobId, long orderId, long courierId, boolean byAdmin) implements DomainEvent {
}
