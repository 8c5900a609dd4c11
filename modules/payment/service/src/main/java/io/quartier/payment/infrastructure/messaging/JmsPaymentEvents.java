package io.quartier.payment.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

/** Publishes payment's events on its topic, inside the caller's transaction. */
@ApplicationScoped
public class JmsPaymentEvents implements io.quartier.payment.application.PaymentEvents {

    @Resource(lookup = "java:app/jms/payment")
    ConnectionFactory broker;

    public void publish(DomainEvent event) {
        EventMessages.publish(broker, Topics.PAYMENT, event);
    }
}
