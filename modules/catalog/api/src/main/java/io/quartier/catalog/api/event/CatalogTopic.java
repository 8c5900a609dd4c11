package io.quartier.catalog.api.event;

/** The broker topic on which catalog publishes its events; its consumers subscribe to it by this name. */
public final class CatalogTopic {

    public static final String NAME = "catalog.events";

    private CatalogTopic() {
    }
}
