package io.quartier.payment.domain.model.gateway;

/** What the gateway tells about a card behind a token: enough to show it, never its number. */
public record CardDetails(String brand, String last4, int expiryMonth, int expiryYear) {
}
