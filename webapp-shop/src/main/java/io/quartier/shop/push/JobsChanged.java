package io.quartier.shop.push;

/** The jobs on offer or in progress changed; {@code eventType} is the delivery event's type. */
public record JobsChanged(long orderId, String eventType) {
}
