package io.quartier.payment.api.event;

import io.quartier.kernel.event.DomainEvent;

/** An amount is held on the customer's payment method for an order. */
public record PaymentAuthorized(long authorizationId, String orderReference, long customerId, long amountMinor,
                                String currency) implements DomainEvent {
}
