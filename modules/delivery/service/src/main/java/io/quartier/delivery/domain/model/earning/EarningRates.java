package io.quartier.delivery.domain.model.earning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The rates a job is paid by, in minor units of {@code currency}: {@code baseMinor} a job, {@code perKilometerMinor}
 * for each kilometre of the way from store to door (straight line times the road factor, rounded to the metre),
 * {@code perWaitingMinuteMinor} for each whole minute waited at the store past its ready time beyond
 * {@code waitingGrace} (at most {@code maxWaiting}), and {@code peakMinor} when the pickup falls in a peak window of
 * {@code zone}.
 *
 * <p>A multi-store order is one tour: its first part is paid as any job (the base, the way from its store to the
 * door, the peak bonus), and each further part taken on the same tour as an extra pickup: {@code extraPickupMinor}
 * instead of the base, the kilometres of the detour from the first part's store to its own at the same rate, no
 * second peak bonus, plus its own tip and waiting.
 */
public record EarningRates(String currency, long baseMinor, long perKilometerMinor, double roadFactor,
                           long perWaitingMinuteMinor, Duration waitingGrace, Duration maxWaiting, long peakMinor,
                           List<PeakWindow> peaks, ZoneId zone, long extraPickupMinor) {

    /** A daily window of busy hours, from {@code start} (included) to {@code end} (excluded). */
    public record PeakWindow(LocalTime start, LocalTime end) {

        /** Parses {@code 11:30-14:00}. */
        public static PeakWindow parse(String text) {
            String[] ends = text.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("a peak window is written HH:MM-HH:MM, not " + text);
            }
            return new PeakWindow(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }
    }

    /** The same rates in another currency, with its own amounts (minor units of {@code other}). */
    public EarningRates in(String other, long base, long perKilometer, long perWaitingMinute, long peak,
                           long extraPickup) {
        return new EarningRates(other, base, perKilometer, roadFactor, perWaitingMinute, waitingGrace, maxWaiting, peak,
                peaks, zone, extraPickup);
    }

    /** What a job pays before any waiting: fixed when the job is made and shown on its offer. */
    public Earning quote(double straightMeters, Instant pickupAt, long tipMinor) {
        long meters = Math.round(straightMeters * roadFactor);
        long distance = Math.round(meters * perKilometerMinor / 1000.0);
        LocalTime local = pickupAt.atZone(zone).toLocalTime();
        long peak = peaks.stream().anyMatch(window -> window.contains(local)) ? peakMinor : 0;
        return new Earning(currency, baseMinor, distance, peak, Math.max(0, tipMinor), meters);
    }

    /** What a further part of a multi-store order pays, {@code detourStraightMeters} from the first part's store. */
    public Earning extraPickup(double detourStraightMeters, long tipMinor) {
        long meters = Math.round(detourStraightMeters * roadFactor);
        long distance = Math.round(meters * perKilometerMinor / 1000.0);
        return new Earning(currency, extraPickupMinor, distance, 0, Math.max(0, tipMinor), meters);
    }

    /**
     * Whole minutes paid for waiting: from the later of the courier's arrival and the order's ready time to the pickup,
     * less the grace, at most the cap; none when the arrival is not known.
     */
    public long waitingMinutes(Instant arrivedAt, Instant readyAt, Instant pickedUpAt) {
        if (arrivedAt == null || pickedUpAt == null) {
            return 0;
        }
        Instant from = readyAt != null && readyAt.isAfter(arrivedAt) ? readyAt : arrivedAt;
        Duration waited = Duration.between(from, pickedUpAt).minus(waitingGrace);
        if (waited.isNegative()) {
            return 0;
        }
        return Math.min(waited.toMinutes(), maxWaiting.toMinutes());
    }
}
