package io.quartier.delivery.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A courier's earnings from delivered jobs: per day over the last days ({@code days}, newest first, in delivery's
 * zone {@code zone}), the current week (Monday to today) and the last jobs with their detail.
 */
public record EarningsSummary(String currency, String zone, List<Day> days, long weekTotalMinor, int weekJobs,
                              LocalDate weekStart, List<JobLine> jobs) {

    /** One day's delivered jobs and their total. */
    public record Day(LocalDate date, int jobs, long totalMinor) {
    }

    /** One delivered job and what it paid. */
    public record JobLine(long jobId, long orderId, String pickupName, java.time.Instant deliveredAt,
                          JobEarning earning) {
    }
}
