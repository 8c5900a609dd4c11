package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/**
 * The courier of a job not yet delivered reported where it is ({@code recordedAt}); {@code eta} is the expected
 * arrival at the door from there. One event per job in the courier's hands, so each order's customer and merchant
 * follow their own.
 */
public record PositionUpdated(long jobId, long orderId, long courierId, Long customerId, Long merchantId,
                              double latitude, double longitude, Instant recordedAt, Instant eta)
        implements DomainEvent {
}
