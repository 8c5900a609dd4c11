package io.quartier.payment.application;

import io.quartier.kernel.event.DomainEvent;

/** Payment's events, sent if and only if the caller's transaction commits (port; {@code JmsPaymentEvents}). */
public interface PaymentEvents {

    void publish(DomainEvent event);
}
