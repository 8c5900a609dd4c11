package io.quartier.delivery.infrastructure.messaging;

import io.quartier.delivery.api.event.DeliveryTopic;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes delivery's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsDeliveryEvents implements io.quartier.delivery.application.DeliveryEvents {

    @Inject
    EventPublisher publisher;

    public void publish(DomainEvent event) {
        publisher.publish(DeliveryTopic.NAME, event);
    }
}
