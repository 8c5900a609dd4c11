package io.quartier.payment.api.event;

import io.quartier.kernel.event.DomainEvent;

/** The held amount was taken, after the order was delivered. */
public record PaymentCaptured(long authorizationId, String orderReference, long amountMinor, String currency)
        implements DomainEvent {
}
