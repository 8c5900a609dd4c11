package io.quartier.catalog.infrastructure.messaging;

import io.quartier.catalog.api.event.CatalogTopic;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes catalog's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsCatalogEvents implements io.quartier.catalog.application.CatalogEvents {

    @Inject
    EventPublisher publisher;

    public void publish(DomainEvent event) {
        publisher.publish(CatalogTopic.NAME, event);
    }
}
