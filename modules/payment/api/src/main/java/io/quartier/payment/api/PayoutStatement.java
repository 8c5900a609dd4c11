package io.quartier.payment.api;

import java.time.Instant;
import java.util.List;

/**
 * A payout and the journal entries it pays: each a capture or refund of an order, or a delivered job's earnings
 * ({@code kind} EARNING, {@code entryKey} {@code earning:<job>}), what it owed the payee on which account
 * (MERCHANT_PAYABLE, COURIER_PAYABLE, TIPS; negative when a refund took money back). The lines add up to the payout's
 * amount.
 */
public record PayoutStatement(PayoutView payout, List<Line> lines) {

    /** One journal entry's part of the payout. */
    public record Line(String entryKey, String kind, String orderReference, Instant occurredAt, String account,
                       long amountMinor) {
    }
}
