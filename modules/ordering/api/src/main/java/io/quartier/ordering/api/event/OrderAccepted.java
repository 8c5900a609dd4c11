package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/** The merchant accepted the order, to be ready at {@code readyBy}; it now needs a courier. */
public record OrderAccepted(long orderId, long customerId, long merchantId, long storeId, String storeName, String storeAddress, String deliveryAddress,
                            Instant readyBy) implements DomainEvent {
}
