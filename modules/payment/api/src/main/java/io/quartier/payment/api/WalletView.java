package io.quartier.payment.api;

import java.time.Instant;
import java.util.List;

/**
 * The caller's Quartier wallet in one currency: its balance, the part of it held for orders not delivered yet, what it
 * can pay now, and its latest movements (top-ups, payments, refunds), newest first. {@code paymentMethodId} is the
 * wallet as a way to pay at checkout (0 before its first top-up).
 */
public record WalletView(long paymentMethodId, String currency, long balanceMinor, long heldMinor,
                         long availableMinor, List<Movement> movements) {

    /** One movement: {@code kind} TOP_UP, CAPTURE (an order paid) or REFUND; {@code amountMinor} positive when in. */
    public record Movement(String kind, Long orderId, long amountMinor, Instant occurredAt) {
    }
}
