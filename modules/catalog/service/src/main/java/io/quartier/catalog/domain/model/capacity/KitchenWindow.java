package io.quartier.catalog.domain.model.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Fifteen minutes of a store's kitchen time, the unit its capacity is counted in: from {@code start}, a quarter
 * hour (:00, :15, :30 or :45) on the store's clock, to 15 real minutes later.
 * <p>
 * An instant belongs to the window that starts at the last quarter hour its own clock reading shows, read with
 * the offset in force at that instant. Offsets and daylight-saving shifts in use are whole quarter hours, so the
 * windows follow one another without gap or overlap, summer and winter alike. When clocks spring forward
 * (Paris, 02:00 becomes 03:00) the 01:45 window is followed by the 03:00 one, and that day has 92 windows;
 * when they fall back (03:00 becomes 02:00) the hour from 02:00 comes twice, its windows told apart by their
 * offset (02:00+02:00, then 02:00+01:00), and that day has 100.
 */
public record KitchenWindow(Instant start) {

    public static final Duration LENGTH = Duration.ofMinutes(15);

    /** The window {@code at} falls in, on the clock of {@code zone}. */
    public static KitchenWindow containing(Instant at, ZoneId zone) {
        OffsetDateTime clock = at.atZone(zone).toOffsetDateTime();
        OffsetDateTime quarter = clock.truncatedTo(ChronoUnit.HOURS).plusMinutes(clock.getMinute() / 15 * 15L);
        return new KitchenWindow(quarter.toInstant());
    }

    /** {@code count} windows one after the other, the first the one {@code from} falls in. */
    public static List<KitchenWindow> following(Instant from, int count, ZoneId zone) {
        List<KitchenWindow> windows = new ArrayList<>(count);
        KitchenWindow window = containing(from, zone);
        for (int i = 0; i < count; i++) {
            windows.add(window);
            window = containing(window.end(), zone);
        }
        return windows;
    }

    /** Exclusive: the next window's start. */
    public Instant end() {
        return start.plus(LENGTH);
    }
}
