package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/** A scheduled order reached its time: its merchant now has until {@code acceptBy} to accept it. */
public record OrderReleased(long orderId, long customerId, long merchantId, long storeId, Instant scheduledFor,
                            Instant acceptBy) implements DomainEvent {
}
