package io.quartier.catalog.infrastructure.messaging;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.event.EventMessages;
import io.quartier.kernel.event.Topics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;

/** Publishes catalog's events on its topic, inside the caller's transaction. */
@ApplicationScoped
public class JmsCatalogEvents implements io.quartier.catalog.application.CatalogEvents {

    @Resource(lookup = "java:app/jms/catalog")
    ConnectionFactory broker;

    public void publish(DomainEvent event) {
        EventMessages.publish(broker, Topics.CATALOG, event);
    }
}
