package io.quartier.ordering.infrastructure.messaging;

import io.quartier.kernel.event.TopicEvents;
import io.quartier.ordering.api.event.OrderingTopic;
import io.quartier.ordering.application.OrderEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes ordering's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsOrderEvents extends TopicEvents implements OrderEvents {

    public JmsOrderEvents() {
        super(OrderingTopic.NAME);
    }
}
