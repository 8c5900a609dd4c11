package io.quartier.payment.domain.model.gateway;

/**
 * What the gateway tells about a card behind a token: enough to show it, never its number. A card kept in a phone's
 * wallet ({@code deviceWallet} {@value #APPLE_PAY} or {@value #GOOGLE_PAY}, null for a card typed in) is shown with the
 * last four digits of the device's own card number, which is not the card's.
 */
public record CardDetails(String brand, String last4, int expiryMonth, int expiryYear, String deviceWallet) {

    public static final String APPLE_PAY = "apple_pay";
    public static final String GOOGLE_PAY = "google_pay";

    public CardDetails {
        if (deviceWallet != null && !APPLE_PAY.equals(deviceWallet) && !GOOGLE_PAY.equals(deviceWallet)) {
            throw new IllegalArgumentException("no such device wallet: " + deviceWallet);
        }
    }

    /** A card typed into the gateway's form. */
    public CardDetails(String brand, String last4, int expiryMonth, int expiryYear) {
        this(brand, last4, expiryMonth, expiryYear, null);
    }

    /** The device wallet a gateway names ({@code apple_pay}, {@code google_pay}); null for any other or none. */
    public static String deviceWallet(String named) {
        return APPLE_PAY.equals(named) || GOOGLE_PAY.equals(named) ? named : null;
    }
}
