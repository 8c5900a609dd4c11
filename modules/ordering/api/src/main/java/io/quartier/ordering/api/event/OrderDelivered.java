package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The order reached its customer. */
public record OrderDelivered(long orderId, long customerId, long merchantId, long courierId,
                             long paymentAuthorizationId, long totalMinor, String currency) implements DomainEvent {
}
