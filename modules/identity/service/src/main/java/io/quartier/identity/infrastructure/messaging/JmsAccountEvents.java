package io.quartier.identity.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

/** Publishes identity's events on its topic, inside the caller's transaction. */
@ApplicationScoped
public class JmsAccountEvents implements io.quartier.identity.application.AccountEvents {

    @Resource(lookup = "java:app/jms/identity")
    ConnectionFactory broker;

    public void publish(DomainEvent event) {
        EventMessages.publish(broker, Topics.IDENTITY, event);
    }
}
