package io.quartier.catalog.domain.model.capacity;

import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The windows of a store's day in which an order can be served: only where the kitchen is open from when it must
 * start cooking ({@code preparation} and {@code travel} before the window) to the pickup, the window has a place left,
 * and it starts no sooner than preparation plus travel from now, and at most {@link #MOST_AHEAD} ahead. Pure: the
 * caller brings the store's schedule, its limit and what each window already holds.
 * <p>
 * A day is the store's local date: 96 windows, 92 on the day clocks spring forward (the skipped hour has none) and
 * 100 on the day they fall back (the repeated hour has its windows twice, at two offsets).
 */
public final class DeliverySlots {

    /** How far ahead an order may be scheduled (a card authorisation does not outlive a week). */
    public static final Duration MOST_AHEAD = Duration.ofDays(7);

    private static final int MOST_WINDOWS_A_DAY = 100;

    private DeliverySlots() {
    }

    /**
     * @param maxPerWindow the store's limit, null for none
     * @param used         orders held per window start
     */
    public static List<DeliverySlot> on(LocalDate date, ZoneId zone, OpeningSchedule schedule, Integer maxPerWindow,
                                        Map<Instant, Integer> used, Duration preparation, Duration travel,
                                        Instant now) {
        Instant earliest = now.plus(preparation).plus(travel);
        Instant latest = now.plus(MOST_AHEAD);
        return KitchenWindow.following(date.atStartOfDay(zone).toInstant(), MOST_WINDOWS_A_DAY, zone).stream()
                .filter(w -> LocalDate.ofInstant(w.start(), zone).equals(date))
                .filter(w -> !w.start().isBefore(earliest) && !w.start().isAfter(latest))
                .map(w -> slot(w, zone, maxPerWindow, used.getOrDefault(w.start(), 0), preparation, travel))
                .filter(slot -> slot.free() == null || slot.free() > 0)
                .filter(slot -> kitchenOpen(schedule, slot.cookFrom(), slot.window().start().minus(travel)))
                .toList();
    }

    /** Open when it starts cooking and still open at the pickup's last minute. */
    private static boolean kitchenOpen(OpeningSchedule schedule, Instant cookFrom, Instant pickup) {
        return schedule.isOpen(cookFrom) && schedule.isOpen(pickup.minusSeconds(60));
    }

    private static DeliverySlot slot(KitchenWindow window, ZoneId zone, Integer max, int used, Duration preparation,
                                     Duration travel) {
        ZonedDateTime local = window.start().atZone(zone);
        Integer free = max == null ? null : Math.max(0, max - used);
        return new DeliverySlot(window, local.toLocalTime(), local.getOffset(),
                window.start().minus(travel).minus(preparation), free);
    }
}
