package io.quartier.identity.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;

/** Publishes identity's events on its topic, inside the caller's transaction. */
@ApplicationScoped
public class JmsAccountEvents {

    @Inject
    @JMSConnectionFactory("java:app/jms/identity")
    JMSContext jms;

    public void publish(DomainEvent event) {
        EventMessages.send(jms, jms.createTopic(Topics.IDENTITY), event);
    }
}
