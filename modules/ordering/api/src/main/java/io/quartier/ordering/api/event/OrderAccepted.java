package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The merchant accepted the order; it now needs a courier. */
public record OrderAccepted(long orderId, long customerId, long merchantId, long storeId, String storeName, String storeAddress, String deliveryAddress) implements DomainEvent {
}
