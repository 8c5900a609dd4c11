package io.quartier.payment.domain.model.gateway;

import io.quartier.kernel.Money;
import java.util.Optional;

/**
 * The port to a card payment gateway. Adapters live in {@code infrastructure.gateway}; which one runs is
 * chosen by configuration ({@code payment.gateway}). Every call is idempotent at the gateway: authorize and refund by
 * the idempotency key they are given, capture and void by the hold's reference (a key made of it and the operation), so
 * that a retry, ours or a redelivered event's, never holds nor moves money twice.
 */
public interface PaymentGateway {

    /**
     * The card behind a token the gateway's own form gave the customer (brand, last four, expiry), or empty when the
     * gateway knows no such token. Quartier saves a card from this, never from what a customer typed.
     */
    Optional<CardDetails> describe(String token);

    /**
     * Holds {@code amount} on the card behind {@code token}; {@code reference} is ours (the order's, or the one whose
     * 3-D Secure challenge the customer answered). Asked again with {@code idempotencyKey}, the gateway answers with
     * the hold it made the first time and holds nothing more; the key reused for another card or amount is declined
     * ({@code idempotency_key_reused}). A decline may carry a challenge for the customer
     * ({@link GatewayDecision#challenge}).
     */
    GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey);

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
