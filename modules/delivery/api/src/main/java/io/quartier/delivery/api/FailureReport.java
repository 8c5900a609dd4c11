package io.quartier.delivery.api;

/**
 * A courier's report that it cannot deliver: {@code reason} a {@link DeliveryFailureReason} name, {@code note} a short
 * optional text for support and the customer (at most {@value #MAX_NOTE} characters).
 */
public record FailureReport(String reason, String note) {

    public static final int MAX_NOTE = 280;
}
