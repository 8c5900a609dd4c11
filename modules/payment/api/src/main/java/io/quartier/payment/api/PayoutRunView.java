package io.quartier.payment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the payout log: its period, the instant up to which it looked ({@code cutOff}: the period's end, or
 * the run's start for a period not over yet), RUNNING, FINISHED or FAILED, who started it (an admin's account, 0 for
 * the daily clock), how many payees it paid and how much per currency.
 */
public record PayoutRunView(long id, LocalDate from, LocalDate to, Instant cutOff, String status, long startedBy,
                            Instant startedAt, Instant finishedAt, int payees, List<Total> totals, String failure) {

    /** What a run paid in one currency, to how many payees. */
    public record Total(String currency, long amountMinor, int payees) {
    }
}
