package io.quartier.catalog.application;

import io.quartier.kernel.event.DomainEvent;

/** The catalog's events, sent if and only if the caller's transaction commits (port; {@code JmsCatalogEvents}). */
public interface CatalogEvents {

    void publish(DomainEvent event);
}
