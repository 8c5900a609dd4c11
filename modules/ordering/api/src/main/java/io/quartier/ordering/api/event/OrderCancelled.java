package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The customer cancelled a placed order before its merchant accepted it. Its stock and payment hold go back. */
public record OrderCancelled(long orderId, long customerId, long merchantId, long storeId) implements DomainEvent {
}
