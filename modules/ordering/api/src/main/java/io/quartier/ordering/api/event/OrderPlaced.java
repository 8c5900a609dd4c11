package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** An order was placed and its payment authorised. */
public record OrderPlaced(long orderId, long customerId, long merchantId, long storeId, long totalMinor, String currency) implements DomainEvent {
}
