package io.quartier.catalog.domain.model.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.domain.model.hours.Closure;
import io.quartier.catalog.domain.model.hours.OpeningRange;
import io.quartier.catalog.domain.model.hours.OpeningSchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slots on a Paris bistro's clock: instants are written with their offset, local times as the customer sees them. */
class DeliverySlotsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration PREPARATION = Duration.ofMinutes(20);
    private static final Duration TRAVEL = Duration.ofMinutes(10);

    private static final List<OpeningRange> BISTRO_WEEK = week(range("11:30", "14:30"), range("18:30", "22:30"));
    private static final OpeningSchedule BISTRO = new OpeningSchedule(BISTRO_WEEK, List.of(), null, PARIS);
    private static final OpeningSchedule NIGHT_KITCHEN = everyDay(range("01:00", "04:00"));

    @Test
    void aWindowIsOfferedWhenTheKitchenIsOpenFromCookingToPickup() {
        List<DeliverySlot> slots = DeliverySlots.on(LocalDate.parse("2026-06-15"), PARIS, BISTRO, null, Map.of(),
                PREPARATION, TRAVEL, at("2026-06-15T10:00+02:00"));

        List<String> times = times(slots);
        assertEquals("12:00", times.get(0), "cooking starts 11:30, when it opens");
        assertTrue(times.contains("14:30"), "picked up 14:20, still open");
        assertTrue(!times.contains("14:45") && !times.contains("18:45"), times::toString);
        assertEquals("19:00", times.get(times.indexOf("14:30") + 1));
        assertEquals("22:30", times.get(times.size() - 1));
        assertEquals(11 + 15, slots.size());
        assertEquals(at("2026-06-15T11:30+02:00"), slots.get(0).cookFrom());
    }

    @Test
    void nothingSoonerThanPreparationAndTravelFromNow() {
        List<DeliverySlot> slots = DeliverySlots.on(LocalDate.parse("2026-06-15"), PARIS, BISTRO, null, Map.of(),
                PREPARATION, TRAVEL, at("2026-06-15T12:50+02:00"));

        assertEquals("13:30", times(slots).get(0), "12:50 + 30 minutes is 13:20: the next whole window");
    }

    @Test
    void aFullWindowIsNotOfferedAndTheOthersSayWhatIsLeft() {
        Instant oneOClock = at("2026-06-15T13:00+02:00");
        List<DeliverySlot> slots = DeliverySlots.on(LocalDate.parse("2026-06-15"), PARIS, BISTRO, 3,
                Map.of(oneOClock, 3, at("2026-06-15T13:15+02:00"), 1), PREPARATION, TRAVEL, at("2026-06-15T10:00+02:00"));

        assertTrue(slots.stream().noneMatch(s -> s.window().start().equals(oneOClock)));
        assertEquals(2, slots.stream().filter(s -> s.localStart().equals(LocalTime.of(13, 15))).findFirst()
                .orElseThrow().free());
    }

    @Test
    void nothingMoreThanAWeekAheadNorOnAPastDay() {
        Instant now = at("2026-06-15T12:10+02:00");
        assertTrue(DeliverySlots.on(LocalDate.parse("2026-06-23"), PARIS, BISTRO, null, Map.of(), PREPARATION, TRAVEL,
                now).isEmpty());
        assertTrue(DeliverySlots.on(LocalDate.parse("2026-06-14"), PARIS, BISTRO, null, Map.of(), PREPARATION, TRAVEL,
                now).isEmpty());
        List<DeliverySlot> lastDay = DeliverySlots.on(LocalDate.parse("2026-06-22"), PARIS, BISTRO, null, Map.of(),
                PREPARATION, TRAVEL, now);
        assertEquals(List.of("12:00"), times(lastDay), "up to a week from now, 12:10");
    }

    @Test
    void theHourClocksSkipHasNoWindow() {
        List<DeliverySlot> slots = DeliverySlots.on(LocalDate.parse("2026-03-29"), PARIS, NIGHT_KITCHEN, null,
                Map.of(), Duration.ofMinutes(15), Duration.ZERO, at("2026-03-28T12:00+01:00"));

        assertEquals(List.of("01:15", "01:30", "01:45", "03:00", "03:15", "03:30", "03:45", "04:00"), times(slots));
        assertEquals(at("2026-03-29T01:45+01:00"), slots.get(3).cookFrom(), "15 minutes before 03:00 is 01:45");
    }

    @Test
    void theHourClocksRepeatHasItsWindowsTwiceToldApartByTheirOffset() {
        List<DeliverySlot> slots = DeliverySlots.on(LocalDate.parse("2026-10-25"), PARIS, NIGHT_KITCHEN, null,
                Map.of(), Duration.ofMinutes(15), Duration.ZERO, at("2026-10-24T12:00+02:00"));

        List<String> shown = slots.stream().map(s -> s.localStart() + s.offset().getId()).toList();
        assertEquals(List.of("01:15+02:00", "01:30+02:00", "01:45+02:00",
                "02:00+02:00", "02:15+02:00", "02:30+02:00", "02:45+02:00",
                "02:00+01:00", "02:15+01:00", "02:30+01:00", "02:45+01:00",
                "03:00+01:00", "03:15+01:00", "03:30+01:00", "03:45+01:00", "04:00+01:00"), shown);
        assertEquals(Duration.ofHours(1), Duration.between(slots.get(3).window().start(), slots.get(7).window().start()));
    }

    @Test
    void aDayTheStoreIsClosedHasNoSlotAndTheDayAfterItHasItsOwn() {
        OpeningSchedule closedOnTheSixteenth = new OpeningSchedule(BISTRO_WEEK, List.of(new Closure(
                LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-16"), "inventory")), null, PARIS);
        Instant now = at("2026-06-15T10:00+02:00");

        assertEquals(List.of(), DeliverySlots.on(LocalDate.parse("2026-06-16"), PARIS, closedOnTheSixteenth, null,
                Map.of(), PREPARATION, TRAVEL, now), "closed all day");
        assertEquals(times(DeliverySlots.on(LocalDate.parse("2026-06-17"), PARIS, BISTRO, null, Map.of(), PREPARATION,
                TRAVEL, now)), times(DeliverySlots.on(LocalDate.parse("2026-06-17"), PARIS, closedOnTheSixteenth, null,
                Map.of(), PREPARATION, TRAVEL, now)), "the day after, its usual slots");
    }

    @Test
    void aPauseTakesTheWindowsItsCookingWouldFallInAndNoLaterOnes() {
        OpeningSchedule pausedTillOne = new OpeningSchedule(BISTRO_WEEK, List.of(), at("2026-06-15T13:00+02:00"), PARIS);

        List<String> times = times(DeliverySlots.on(LocalDate.parse("2026-06-15"), PARIS, pausedTillOne, null, Map.of(),
                PREPARATION, TRAVEL, at("2026-06-15T10:00+02:00")));

        assertEquals("13:30", times.get(0), "cooking from 13:00, when the pause ends");
        assertTrue(times.contains("19:00"), times::toString);
    }

    private static List<String> times(List<DeliverySlot> slots) {
        return slots.stream().map(s -> s.localStart().toString()).toList();
    }

    private static OpeningSchedule everyDay(String[]... ranges) {
        return new OpeningSchedule(week(ranges), List.of(), null, PARIS);
    }

    private static List<OpeningRange> week(String[]... ranges) {
        return Arrays.stream(DayOfWeek.values())
                .flatMap(day -> Arrays.stream(ranges).map(r -> new OpeningRange(day, LocalTime.parse(r[0]), LocalTime.parse(r[1]))))
                .toList();
    }

    private static String[] range(String opens, String closes) {
        return new String[] {opens, closes};
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
