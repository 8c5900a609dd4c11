package io.quartier.ordering.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventPublisher;
import io.quartier.ordering.api.event.OrderingTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes ordering's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsOrderEvents implements io.quartier.ordering.application.OrderEvents {

    @Inject
    EventPublisher publisher;

    public void publish(DomainEvent event) {
        publisher.publish(OrderingTopic.NAME, event);
    }
}
