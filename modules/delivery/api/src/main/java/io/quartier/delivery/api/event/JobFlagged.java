package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/** Five wrong handover codes were typed for the job ({@code step} PICKUP or DELIVERY): support should look. */
public record JobFlagged(long jobId, long orderId, long courierId, String step) implements DomainEvent {
}
