package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;

/**
 * The merchant accepted the order, to be ready at {@code readyBy}; it now needs a courier. The delivery place's
 * {@code deliveryLatitude} and {@code deliveryLongitude} are null for an order placed without them; {@code tipMinor}
 * (in {@code currency}) is the customer's tip for the courier, null in events from before tips were sent;
 * {@code groupId} is the multi-store order the order is one store's part of (all its parts go to one door), null for
 * an order of one store and in events from before it was sent.
 */
public record OrderAccepted(long orderId, long customerId, long merchantId, long storeId, String storeName, String storeAddress, String deliveryAddress,
                            Instant readyBy, Double deliveryLatitude, Double deliveryLongitude, Long tipMinor,
                            String currency, Long groupId) implements DomainEvent {
}
