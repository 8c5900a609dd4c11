package io.quartier.ordering.api.event;

/** The broker topic on which ordering publishes its events; its consumers subscribe to it by this name. */
public final class OrderingTopic {

    public static final String NAME = "ordering.events";

    private OrderingTopic() {
    }
}
