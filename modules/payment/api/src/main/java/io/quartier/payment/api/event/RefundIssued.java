package io.quartier.payment.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * Money went back to the customer's card for an order: {@code amountMinor} in all, of which the items, the delivery
 * fee and the tip (VAT included); {@code fault} (MERCHANT, COURIER, PLATFORM, CUSTOMER) is who gave it back.
 */
public record RefundIssued(long refundId, String orderReference, long amountMinor, String currency, String fault,
                           long itemsMinor, long deliveryFeeMinor, long tipMinor) implements DomainEvent {
}
