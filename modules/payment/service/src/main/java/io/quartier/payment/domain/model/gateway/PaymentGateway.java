package io.quartier.payment.domain.model.gateway;

import io.quartier.kernel.Money;
import java.util.Optional;

/**
 * The port to a card payment gateway. Adapters live in {@code infrastructure.gateway}; which one runs is
 * chosen by configuration ({@code payment.gateway}). Every call is idempotent at the gateway: capture and void by the
 * hold's reference, refund by its idempotency key.
 */
public interface PaymentGateway {

    /**
     * The card behind a token the gateway's own form gave the customer (brand, last four, expiry), or empty when the
     * gateway knows no such token. Quartier saves a card from this, never from what a customer typed.
     */
    Optional<CardDetails> describe(String token);

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
