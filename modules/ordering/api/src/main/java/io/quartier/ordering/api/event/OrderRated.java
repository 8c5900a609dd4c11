package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The customer rated (or re-rated, within a day) a delivered order's store and courier ({@code courierStars} null: no courier). */
public record OrderRated(long orderId, long merchantId, long storeId, Long courierId, int storeStars,
                         Integer courierStars) implements DomainEvent {
}
