package io.quartier.payment.domain.model.payout;

import io.quartier.kernel.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The whole days in UTC a payout run pays, from {@code from} to {@code to} included, and the instant up to which it
 * looks: the end of {@code to}, or the run's start when the period is not over yet (a later run of the same period
 * pays what was posted after).
 */
public record Period(LocalDate from, LocalDate to, Instant cutOff) {

    /** The longest period one run pays. */
    public static final int MAX_DAYS = 366;

    /**
     * @throws DomainException invalid {@code problem.payout.period} when a day is missing, {@code from} is after
     *         {@code to}, {@code to} is after today, or the period is longer than {@value #MAX_DAYS} days
     */
    public static Period of(LocalDate from, LocalDate to, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (from == null || to == null || from.isAfter(to) || to.isAfter(today)
                || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalid("problem.payout.period", "a payout period is whole past days, from "
                    + "before to, at most " + MAX_DAYS + " days, not " + from + " to " + to)
                    .withError("from", String.valueOf(from)).withError("to", String.valueOf(to));
        }
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Period(from, to, end.isAfter(now) ? now : end);
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
