package io.quartier.delivery.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

/** Publishes delivery's events on its topic, inside the caller's transaction. */
@ApplicationScoped
public class JmsDeliveryEvents implements io.quartier.delivery.application.DeliveryEvents {

    @Resource(lookup = "java:app/jms/delivery")
    ConnectionFactory broker;

    public void publish(DomainEvent event) {
        EventMessages.publish(broker, Topics.DELIVERY, event);
    }
}
