package io.quartier.identity.infrastructure.messaging;

import io.quartier.identity.api.event.IdentityTopic;
import io.quartier.identity.application.AccountEvents;
import io.quartier.kernel.event.TopicEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes identity's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsAccountEvents extends TopicEvents implements AccountEvents {

    public JmsAccountEvents() {
        super(IdentityTopic.NAME);
    }
}
