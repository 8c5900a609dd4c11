package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/**
 * An order's stock is held and its payment authorised ({@code paymentAuthorizationId}): the merchant may accept it,
 * or, when it is for a later slot ({@code scheduledFor} not null), will be asked to once it is released.
 */
public record OrderPlaced(long orderId, long customerId, long merchantId, long storeId, long totalMinor, String currency,
                          long paymentAuthorizationId, Instant scheduledFor) implements DomainEvent {
}
