package io.quartier.catalog.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A store's week, closures and pause, and what they mean now: {@code status} is OPEN, CLOSED, PAUSED or
 * CLOSED_EXCEPTIONALLY; {@code nextOpening} and {@code nextClosing} are instants (null when there is none).
 * Times are the store's local wall-clock times ({@code HH:mm}); a range whose {@code closes} is not after
 * {@code opens} ends the next day, and {@code 00:00-00:00} is the whole day.
 */
public record OpeningHoursView(long storeId, String timeZone, List<Range> week, List<ClosureDays> closures,
                               Instant pausedUntil, String status, Instant nextOpening, Instant nextClosing) {

    /** One opening range: {@code day} is MONDAY..SUNDAY. */
    public record Range(String day, String opens, String closes) {
    }

    /** Days closed, both included, in the store's calendar. */
    public record ClosureDays(LocalDate firstDay, LocalDate lastDay, String note) {
    }
}
