package io.quartier.payment.api;

import java.time.Instant;
import java.time.LocalDate;

/** One payout: who was paid ({@code payeeType} MERCHANT or COURIER, and its id), for which period, how much. */
public record PayoutView(long id, String payeeType, long payeeId, String currency, LocalDate from, LocalDate to,
                         long amountMinor, Instant paidAt, int lines) {
}
