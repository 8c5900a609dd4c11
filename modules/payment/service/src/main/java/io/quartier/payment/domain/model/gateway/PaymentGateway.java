package io.quartier.payment.domain.model.gateway;

import io.quartier.kernel.Money;

/**
 * The port to a card payment gateway. Adapters live in {@code infrastructure.gateway}; which one runs is
 * chosen by configuration ({@code payment.gateway}).
 */
public interface PaymentGateway {

    /** Holds {@code amount} on the card behind {@code token}; {@code reference} is ours (the order's). */
    GatewayDecision authorize(String token, Money amount, String reference);

    /** Takes the held amount. Throws {@link GatewayException} when the gateway refuses. */
    void capture(String gatewayReference, Money amount);

    /** Releases the hold. Throws {@link GatewayException} when the gateway refuses. */
    void voidAuthorization(String gatewayReference);
}
