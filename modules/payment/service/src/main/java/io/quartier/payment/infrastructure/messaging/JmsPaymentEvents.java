package io.quartier.payment.infrastructure.messaging;

import io.quartier.kernel.event.TopicEvents;
import io.quartier.payment.api.event.PaymentTopic;
import io.quartier.payment.application.PaymentEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes payment's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsPaymentEvents extends TopicEvents implements PaymentEvents {

    public JmsPaymentEvents() {
        super(PaymentTopic.NAME);
    }
}
