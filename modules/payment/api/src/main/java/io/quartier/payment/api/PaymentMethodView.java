package io.quartier.payment.api;

/** A saved payment method: brand and last four digits for display, the gateway's token stays inside payment. */
public record PaymentMethodView(long id, String brand, String last4, int expiryMonth, int expiryYear, boolean preferred) {
}
