package io.quartier.catalog.infrastructure.messaging;

import io.quartier.catalog.api.event.CatalogTopic;
import io.quartier.catalog.application.CatalogEvents;
import io.quartier.kernel.event.TopicEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes catalog's events on its topic through the kernel's publisher, inside the caller's transaction. */
@ApplicationScoped
public class JmsCatalogEvents extends TopicEvents implements CatalogEvents {

    public JmsCatalogEvents() {
        super(CatalogTopic.NAME);
    }
}
