package io.quartier.payment.domain.model.gateway;

/**
 * A gateway's answer to an authorization or a refund: approved with the gateway's reference for the hold or refund,
 * or declined with the gateway's decline code (for example {@code card_declined}). An authorization the customer's
 * bank wants confirmed first (3-D Secure) is declined {@value #AUTHENTICATION_REQUIRED}, with the address of the
 * page where the customer answers the challenge when the gateway offers one ({@code challengeUrl}, else null).
 */
public record GatewayDecision(boolean approved, String reference, String declineCode, String challengeUrl) {

    public static final String AUTHENTICATION_REQUIRED = "authentication_required";

    public static GatewayDecision approved(String reference) {
        return new GatewayDecision(true, reference, null, null);
    }

    public static GatewayDecision declined(String declineCode) {
        return new GatewayDecision(false, null, declineCode, null);
    }

    /** The bank asks the customer to confirm the payment on the page at {@code challengeUrl} first. */
    public static GatewayDecision challenge(String challengeUrl) {
        return new GatewayDecision(false, null, AUTHENTICATION_REQUIRED, challengeUrl);
    }
}
