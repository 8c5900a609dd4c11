package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * The merchant rejected a placed order ({@code reason} is a {@code RejectionReason} name), or the platform did when
 * the acceptance deadline passed. Its stock and its payment hold are to be given back.
 */
public record OrderRejected(long orderId, long customerId, long merchantId, long storeId, String reason)
        implements DomainEvent {
}
