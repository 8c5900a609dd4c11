package io.quartier.payment.api;

import java.time.LocalDate;

/** The whole days in UTC a payout run pays, {@code from} to {@code to} included (ISO dates, 2026-11-01). */
public record PayoutPeriod(LocalDate from, LocalDate to) {
}
