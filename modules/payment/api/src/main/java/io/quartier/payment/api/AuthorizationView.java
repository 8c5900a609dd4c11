package io.quartier.payment.api;

/** The outcome of an authorisation; {@code status} is AUTHORIZED, CAPTURED or VOIDED. */
public record AuthorizationView(long id, String orderReference, String status, long amountMinor, String currency,
                                String gatewayReference) {
}
