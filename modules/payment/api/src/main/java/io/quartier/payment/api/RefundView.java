package io.quartier.payment.api;

import java.time.Instant;

/**
 * A refund and where it stands: {@code status} PENDING (the gateway has not answered yet; it is asked again),
 * COMPLETED (the money is on its way back to the card) or FAILED ({@code failureCode}: the gateway's reason); the
 * parts given back, VAT included, in {@code currency}'s minor units; {@code fault} who gives it back.
 */
public record RefundView(long id, long orderId, String status, String fault, long amountMinor, String currency,
                         long itemsMinor, long deliveryFeeMinor, long tipMinor, String reason, String failureCode,
                         Instant createdAt, Instant completedAt) {
}
