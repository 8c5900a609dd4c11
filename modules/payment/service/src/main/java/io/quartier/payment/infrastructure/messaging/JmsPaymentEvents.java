package io.quartier.payment.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventPublisher;
import io.quartier.payment.api.event.PaymentTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes payment's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsPaymentEvents implements io.quartier.payment.application.PaymentEvents {

    @Inject
    EventPublisher publisher;

    public void publish(DomainEvent event) {
        publisher.publish(PaymentTopic.NAME, event);
    }
}
