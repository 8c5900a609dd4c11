package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * Its courier could not deliver the picked-up order ({@code reason} a delivery {@code DeliveryFailureReason} name):
 * its life is over, and its customer is not charged (its payment hold is released).
 */
public record OrderDeliveryFailed(long orderId, long customerId, long merchantId, long storeId, String reason)
        implements DomainEvent {
}
