package io.quartier.catalog.infrastructure.messaging;

import io.quartier.catalog.api.event.CatalogTopic;
import io.quartier.catalog.application.CatalogEvents;
import io.quartier.kernel.event.TopicEvents;
import io.quartier.kernel.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes catalog's events on its topic through the kernel's publisher, inside the caller's transaction, and also
 * hands each to this instance's observers (the menu cache forgets a changed store as the transaction commits, before
 * the caller is answered, so a merchant reads what it just wrote; the other instances forget it when the event
 * reaches them).
 */
@ApplicationScoped
public class JmsCatalogEvents extends TopicEvents implements CatalogEvents {

    @Inject
    Event<DomainEvent> local;

    public JmsCatalogEvents() {
        super(CatalogTopic.NAME);
    }

    @Override
    public void publish(DomainEvent event) {
        super.publish(event);
        local.fire(event);
    }
}
