package io.quartier.identity.infrastructure.messaging;

import io.quartier.identity.api.event.IdentityTopic;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes identity's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsAccountEvents implements io.quartier.identity.application.AccountEvents {

    @Inject
    EventPublisher publisher;

    public void publish(DomainEvent event) {
        publisher.publish(IdentityTopic.NAME, event);
    }
}
