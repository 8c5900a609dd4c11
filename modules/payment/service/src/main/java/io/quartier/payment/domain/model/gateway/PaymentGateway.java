package io.quartier.payment.domain.model.gateway;

import io.quartier.kernel.Money;

/**
 * The port to a card payment gateway. Adapters live in {@code infrastructure.gateway}; which one runs is
 * chosen by configuration ({@code payment.gateway}). Every call is idempotent at the gateway: capture and void by the
 * hold's reference, refund by its idempotency key.
 */
public interface PaymentGateway {

    /** Holds {@code amount} on the card behind {@code token}; {@code reference} is ours (the order's). */
    GatewayDecision authorize(String token, Money amount, String reference);

    /** Takes the held amount. Throws {@link GatewayException} when the gateway refuses. */
    void capture(String gatewayReference, Money amount);

    /** Releases the hold. Throws {@link GatewayException} when the gateway refuses. */
    void voidAuthorization(String gatewayReference);

    /**
     * Gives {@code amount} of a captured charge back to the card, once per {@code idempotencyKey}: asked again with
     * the key, the gateway answers as it did the first time and gives nothing more. Approved with the refund's
     * reference, or declined with the gateway's code; throws {@link GatewayException} when it does not answer (the
     * outcome is unknown: ask again with the same key).
     */
    GatewayDecision refund(String gatewayReference, Money amount, String idempotencyKey);
}
