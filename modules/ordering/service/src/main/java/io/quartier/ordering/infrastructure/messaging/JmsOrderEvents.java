package io.quartier.ordering.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

/** Publishes ordering's events on its topic, inside the caller's transaction. */
@ApplicationScoped
public class JmsOrderEvents implements io.quartier.ordering.application.OrderEvents {

    @Resource(lookup = "java:app/jms/ordering")
    ConnectionFactory broker;

    public void publish(DomainEvent event) {
        EventMessages.publish(broker, Topics.ORDERING, event);
    }
}
