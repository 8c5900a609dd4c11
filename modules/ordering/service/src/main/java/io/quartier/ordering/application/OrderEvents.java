package io.quartier.ordering.application;

import io.quartier.kernel.event.DomainEvent;

/** Ordering's events, sent if and only if the caller's transaction commits (port; {@code JmsOrderEvents}). */
public interface OrderEvents {

    void publish(DomainEvent event);
}
