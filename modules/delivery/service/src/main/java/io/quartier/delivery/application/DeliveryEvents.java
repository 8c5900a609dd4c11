package io.quartier.delivery.application;

import io.quartier.kernel.event.DomainEvent;

/** Delivery's events, sent if and only if the caller's transaction commits (port; {@code JmsDeliveryEvents}). */
public interface DeliveryEvents {

    void publish(DomainEvent event);
}
