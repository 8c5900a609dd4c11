package io.quartier.identity.api.event;

/** The broker topic on which identity publishes its events; its consumers subscribe to it by this name. */
public final class IdentityTopic {

    public static final String NAME = "identity.events";

    private IdentityTopic() {
    }
}
