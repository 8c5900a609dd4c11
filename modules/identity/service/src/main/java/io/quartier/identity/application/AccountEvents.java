package io.quartier.identity.application;

import io.quartier.kernel.event.DomainEvent;

/** Identity's events, sent if and only if the caller's transaction commits (port; {@code JmsAccountEvents}). */
public interface AccountEvents {

    void publish(DomainEvent event);
}
