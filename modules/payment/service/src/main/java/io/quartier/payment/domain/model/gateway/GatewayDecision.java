package io.quartier.payment.domain.model.gateway;

/**
 * A gateway's answer to an authorization or a refund: approved with the gateway's reference for the hold or refund,
 * or declined with the gateway's decline code (for example {@code card_declined}).
 */
public record GatewayDecision(boolean approved, String reference, String declineCode) {

    public static GatewayDecision approved(String reference) {
        return new GatewayDecision(true, reference, null);
    }

    public static GatewayDecision declined(String declineCode) {
        return new GatewayDecision(false, null, declineCode);
    }
}
