package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/** An accepted order became a job waiting for a courier: to collect from {@code pickupAt}, to drop by {@code deadline}. */
public record DeliveryJobCreated(long jobId, long orderId, long storeId, Instant pickupAt, Instant deadline)
        implements DomainEvent {
}
