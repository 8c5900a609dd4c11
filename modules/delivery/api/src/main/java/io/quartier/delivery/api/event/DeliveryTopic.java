package io.quartier.delivery.api.event;

/** The broker topic on which delivery publishes its events; its consumers subscribe to it by this name. */
public final class DeliveryTopic {

    public static final String NAME = "delivery.events";

    private DeliveryTopic() {
    }
}
