package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** An order's stock is held and its payment authorised ({@code paymentAuthorizationId}): the merchant may accept it. */
public record OrderPlaced(long orderId, long customerId, long merchantId, long storeId, long totalMinor, String currency,
                          long paymentAuthorizationId) implements DomainEvent {
}
