package io.quartier.payment.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A payment method as its owner sees it: {@code kind} CARD (brand, last four digits and expiry for display; the
 * gateway's token stays inside payment) or WALLET (the customer's Quartier wallet in {@code currency}, with its
 * {@code balanceMinor} available to pay). A card kept in a phone's wallet names it in {@code deviceWallet} ({@code apple_pay},
 * {@code google_pay}; null otherwise), and its last four digits are the device's number's, not the card's.
 */
public record PaymentMethodView(long id, String kind, String brand, String last4, int expiryMonth, int expiryYear,
                                boolean preferred, String currency, long balanceMinor, String deviceWallet) {

    public static final String CARD = "CARD";
    public static final String WALLET = "WALLET";

    @JsonbCreator
    public PaymentMethodView {
    }

    /** A saved card. */
    public PaymentMethodView(long id, String brand, String last4, int expiryMonth, int expiryYear, boolean preferred) {
        this(id, CARD, brand, last4, expiryMonth, expiryYear, preferred, null, 0, null);
    }

    @JsonbTransient
    public boolean isWallet() {
        return WALLET.equals(kind);
    }
}
