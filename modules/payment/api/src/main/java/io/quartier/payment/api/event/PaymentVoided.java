package io.quartier.payment.api.event;

import io.quartier.kernel.event.DomainEvent;

/** A hold was released without taking the money: its order never came to exist, or got a newer hold. */
public record PaymentVoided(long authorizationId, String orderReference, long amountMinor, String currency)
        implements DomainEvent {
}
