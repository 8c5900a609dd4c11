package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * An order's stock is held and its payment authorised ({@code paymentAuthorizationId}): the merchant may accept it,
 * or, when it is for a later slot ({@code scheduledFor} not null), will be asked to once it is released. {@code lines}
 * (what was ordered) is null in events sent before it was added.
 */
public record OrderPlaced(long orderId, long customerId, long merchantId, long storeId, long totalMinor, String currency,
                          long paymentAuthorizationId, Instant scheduledFor, List<Line> lines) implements DomainEvent {

    /** One product of the order and how many of it, named as the customer saw it. */
    public record Line(long productId, String name, int quantity) {
    }
}
