package io.quartier.catalog.domain.model.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instants are written with their offset, so each test states plainly which of a DST day's two clocks it means. */
class KitchenWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");

    @Test
    void aWindowStartsAtTheLastQuarterHourOnTheStoresClockAndLastsFifteenMinutes() {
        KitchenWindow window = KitchenWindow.containing(at("2026-06-15T12:07:31+02:00"), PARIS);

        assertEquals(at("2026-06-15T12:00+02:00"), window.start());
        assertEquals(at("2026-06-15T12:15+02:00"), window.end());
    }

    @Test
    void aQuarterHourStartsItsWindowAndEndsThePreviousOne() {
        assertEquals(at("2026-06-15T12:15+02:00"),
                KitchenWindow.containing(at("2026-06-15T12:15+02:00"), PARIS).start());
        assertEquals(at("2026-06-15T12:00+02:00"),
                KitchenWindow.containing(at("2026-06-15T12:14:59.999+02:00"), PARIS).start());
        assertEquals(at("2026-06-15T23:45+02:00"),
                KitchenWindow.containing(at("2026-06-15T23:59:59+02:00"), PARIS).start(), "the last window of a day");
    }

    @Test
    void windowsFollowOneAnotherWithoutGap() {
        List<KitchenWindow> windows = KitchenWindow.following(at("2026-06-15T11:50+02:00"), 3, PARIS);

        assertEquals(List.of(at("2026-06-15T11:45+02:00"), at("2026-06-15T12:00+02:00"), at("2026-06-15T12:15+02:00")),
                windows.stream().map(KitchenWindow::start).toList());
    }

    @Test
    void onTheSpringDayThe0145WindowIsFollowedByThe0300One() {
        List<KitchenWindow> windows = KitchenWindow.following(at("2026-03-29T01:40+01:00"), 3, PARIS);

        assertEquals(List.of(at("2026-03-29T01:30+01:00"), at("2026-03-29T01:45+01:00"), at("2026-03-29T03:00+02:00")),
                windows.stream().map(KitchenWindow::start).toList());
        assertEquals(windows.get(1).end(), windows.get(2).start(), "02:00 winter time is 03:00 summer time");
        assertEquals(at("2026-03-29T03:00+02:00"),
                KitchenWindow.containing(at("2026-03-29T03:05+02:00"), PARIS).start());
    }

    @Test
    void onTheAutumnDayTheRepeatedHourHasItsWindowsTwice() {
        List<KitchenWindow> windows = KitchenWindow.following(at("2026-10-25T02:45+02:00"), 3, PARIS);

        assertEquals(List.of(at("2026-10-25T02:45+02:00"), at("2026-10-25T02:00+01:00"), at("2026-10-25T02:15+01:00")),
                windows.stream().map(KitchenWindow::start).toList());
        assertEquals(Duration.ofHours(1),
                Duration.between(KitchenWindow.containing(at("2026-10-25T02:20+02:00"), PARIS).start(),
                        KitchenWindow.containing(at("2026-10-25T02:20+01:00"), PARIS).start()),
                "the same clock reading, an hour apart, in two windows");
    }

    @Test
    void everyWindowIsFifteenRealMinutesSoDaylightSavingDaysHaveMoreOrFewer() {
        assertEquals(96, windowsOn(LocalDate.parse("2026-06-15"), PARIS));
        assertEquals(92, windowsOn(LocalDate.parse("2026-03-29"), PARIS));
        assertEquals(100, windowsOn(LocalDate.parse("2026-10-25"), PARIS));
    }

    @Test
    void halfHourZonesAlignOnTheirOwnQuarterHours() {
        KitchenWindow window = KitchenWindow.containing(at("2026-06-15T07:10Z"), KOLKATA);

        assertEquals(at("2026-06-15T12:30+05:30"), window.start(), "07:10 UTC is 12:40 in Kolkata");
        assertEquals(at("2026-06-15T12:45+05:30"), window.end());
        assertEquals(at("2026-06-15T12:45+05:30"), KitchenWindow.containing(at("2026-06-15T07:20Z"), KOLKATA).start());
    }

    @Test
    void quarterHourZonesToo() {
        assertEquals(at("2026-06-15T12:45+05:45"),
                KitchenWindow.containing(at("2026-06-15T12:59+05:45"), KATHMANDU).start());
    }

    /** How many windows start on {@code day} of the store's calendar. */
    private static int windowsOn(LocalDate day, ZoneId zone) {
        Instant midnight = day.atStartOfDay(zone).toInstant();
        Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
        return (int) KitchenWindow.following(midnight, 200, zone).stream()
                .filter(w -> w.start().isBefore(next)).count();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
