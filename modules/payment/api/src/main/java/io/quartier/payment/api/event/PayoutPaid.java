package io.quartier.payment.api.event;

import io.quartier.kernel.event.DomainEvent;
import java.time.LocalDate;

/**
 * A merchant or courier ({@code payeeType} MERCHANT or COURIER) was paid {@code amountMinor} for the days
 * {@code from} to {@code to} (UTC) by payout {@code payoutId}.
 */
public record PayoutPaid(long payoutId, String payeeType, long payeeId, long amountMinor, String currency,
                         LocalDate from, LocalDate to) implements DomainEvent {
}
