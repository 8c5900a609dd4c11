package io.quartier.delivery.infrastructure.messaging;

import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.delivery.application.DeliveryEvents;
import io.quartier.kernel.event.TopicEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes delivery's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsDeliveryEvents extends TopicEvents implements DeliveryEvents {

    public JmsDeliveryEvents() {
        super(DeliveryTopic.NAME);
    }
}
