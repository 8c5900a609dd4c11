package io.quartier.promotion.application;

import io.quartier.kernel.event.DomainEvent;

/** Promotion's events, published in the caller's transaction (port; {@code JmsPromotionEvents}). */
public interface PromotionEvents {

    void publish(DomainEvent event);
}
