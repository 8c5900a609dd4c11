package io.quartier.shop.push;

/** One of a customer's orders changed; {@code eventType} is the ordering event's type. */
public record OrderChanged(long customerId, long orderId, String eventType) {
}
