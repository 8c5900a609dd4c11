package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.util.List;

/**
 * Every order of a multi-store order (a group paid with one authorization, {@code paymentAuthorizationId}) is over:
 * delivered, rejected or cancelled. Payment takes, once, the sum of the {@code delivered} orders' totals from the
 * group's hold and releases the rest (all of it when none was delivered).
 */
public record OrderGroupSettled(long groupId, long customerId, long paymentAuthorizationId, String currency,
                                List<Delivered> delivered) implements DomainEvent {

    /** A delivered order of the group, its merchant, its courier and what it charged (its total). */
    public record Delivered(long orderId, long merchantId, long courierId, long totalMinor) {
    }
}
