package io.quartier.delivery.application;

import io.quartier.delivery.api.EarningsSummary;
import io.quartier.delivery.api.JobEarning;
import io.quartier.delivery.domain.model.earning.Earning;
import io.quartier.delivery.domain.model.earning.EarningRates;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A courier's earnings from its delivered jobs: each of the last seven days (in delivery's zone), the week from
 * Monday, and the last jobs. The same figures as each job's offer showed, plus the waiting paid at pickup. A job earns
 * in its order's currency: the totals are in the currency of the courier's latest job (a courier works in one city)
 * and leave out a job earned in another, which its own line still shows in its currency.
 */
@ApplicationScoped
public class Earnings {

    static final int DAYS = 7;
    static final int LAST_JOBS = 30;

    @Inject
    JobRepository jobs;

    @Inject
    EarningPolicy policy;

    Clock clock = Clock.systemUTC();

    public EarningsSummary of(long courierId) {
        EarningRates rates = policy.rates();
        LocalDate today = LocalDate.now(clock.withZone(rates.zone()));
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        LocalDate from = weekStart.isBefore(firstDay) ? weekStart : firstDay;
        List<DeliveryJob> delivered = jobs.deliveredBy(courierId, from.atStartOfDay(rates.zone()).toInstant(), 2000);
        String currency = delivered.stream().map(DeliveryJob::getEarning).filter(e -> e != null)
                .map(Earning::getCurrency).findFirst().orElse(rates.currency());
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            byDay.put(day, new long[2]);
        }
        long weekTotal = 0;
        int weekJobs = 0;
        List<EarningsSummary.JobLine> lines = new ArrayList<>();
        for (DeliveryJob job : delivered) {
            long total = job.getEarning() == null || !currency.equals(job.getEarning().getCurrency()) ? 0
                    : job.getEarning().total();
            LocalDate day = job.getDeliveredAt().atZone(rates.zone()).toLocalDate();
            long[] sums = byDay.get(day);
            if (sums != null) {
                sums[0]++;
                sums[1] += total;
            }
            if (!day.isBefore(weekStart)) {
                weekJobs++;
                weekTotal += total;
            }
            if (lines.size() < LAST_JOBS) {
                lines.add(new EarningsSummary.JobLine(job.getId(), job.getOrderId(), job.getPickupName(),
                        job.getDeliveredAt(), view(job.getEarning())));
            }
        }
        List<EarningsSummary.Day> days = new ArrayList<>();
        byDay.forEach((day, sums) -> days.add(0, new EarningsSummary.Day(day, (int) sums[0], sums[1])));
        return new EarningsSummary(currency, rates.zone().getId(), days, weekTotal, weekJobs, weekStart, lines);
    }

    /** A job's earning as the api shows it; null for a job from before earnings. */
    public static JobEarning view(Earning e) {
        if (e == null) {
            return null;
        }
        return new JobEarning(e.getBaseMinor(), e.getDistanceMinor(), e.getWaitingMinor(), e.getPeakMinor(),
                e.getTipMinor(), e.total(), e.getCurrency(), e.getDistanceMeters(), e.getWaitingMinutes());
    }
}
