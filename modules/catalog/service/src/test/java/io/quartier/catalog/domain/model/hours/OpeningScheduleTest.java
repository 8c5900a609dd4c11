package io.quartier.catalog.domain.model.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Instants are written with their offset, so each test states plainly which of a DST day's two clocks it means. */
class OpeningScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final List<OpeningRange> LUNCH_AND_DINNER_EVERY_DAY = Arrays.stream(DayOfWeek.values())
            .flatMap(d -> List.of(range(d, "11:30", "14:30"), range(d, "18:30", "23:00")).stream())
            .toList();

    @Nested
    class Week {

        @Test
        void openAtLunchAndClosedBetweenServices() {
            OpeningSchedule bistro = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY);

            assertEquals(OpeningStatus.OPEN, bistro.statusAt(at("2026-06-15T12:00+02:00")));
            assertEquals(OpeningStatus.CLOSED, bistro.statusAt(at("2026-06-15T14:30+02:00")), "closing time is closed");
            assertEquals(OpeningStatus.CLOSED, bistro.statusAt(at("2026-06-15T16:00+02:00")));
            assertEquals(OpeningStatus.OPEN, bistro.statusAt(at("2026-06-15T18:30+02:00")), "opening time is open");
        }

        @Test
        void hoursAreReadOnTheStoresOwnClock() {
            Instant tenUtc = at("2026-06-15T10:00Z");

            assertTrue(schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY).isOpen(tenUtc), "12:00 in Paris");
            assertFalse(schedule(LONDON, LUNCH_AND_DINNER_EVERY_DAY).isOpen(tenUtc), "11:00 in London");
        }

        @Test
        void showsWhenLunchEndsAndWhenDinnerStarts() {
            OpeningSchedule bistro = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY);

            assertEquals(Optional.of(at("2026-06-15T14:30+02:00")), bistro.nextClosing(at("2026-06-15T12:00+02:00")));
            assertEquals(Optional.of(at("2026-06-15T18:30+02:00")), bistro.nextOpening(at("2026-06-15T15:00+02:00")));
            assertEquals(Optional.empty(), bistro.nextClosing(at("2026-06-15T15:00+02:00")), "closed, so no closing");
        }

        @Test
        void nextOpeningOfAnOpenStoreIsNow() {
            Instant noon = at("2026-06-15T12:00+02:00");

            assertEquals(Optional.of(noon), schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY).nextOpening(noon));
        }

        @Test
        void pastMidnightRangeKeepsTheStoreOpenIntoSaturday() {
            OpeningSchedule bar = schedule(PARIS, List.of(range(FRIDAY, "18:00", "02:00")));

            assertTrue(bar.isOpen(at("2026-06-20T01:30+02:00")), "Saturday 01:30");
            assertFalse(bar.isOpen(at("2026-06-20T02:00+02:00")), "Saturday 02:00");
            assertFalse(bar.isOpen(at("2026-06-20T19:00+02:00")), "Saturday evening belongs to no range");
            assertEquals(Optional.of(at("2026-06-20T02:00+02:00")), bar.nextClosing(at("2026-06-19T23:00+02:00")));
        }

        @Test
        void sundayNightRangeRunsIntoMondayOfTheNextWeek() {
            OpeningSchedule bar = schedule(PARIS, List.of(range(SUNDAY, "20:00", "03:00")));

            assertTrue(bar.isOpen(at("2026-06-22T02:00+02:00")), "Monday 02:00");
            assertEquals(Optional.of(at("2026-06-22T03:00+02:00")), bar.nextClosing(at("2026-06-21T21:00+02:00")));
        }

        @Test
        void onceAWeekStoreNextOpensAWeekLater() {
            OpeningSchedule market = schedule(PARIS, List.of(range(MONDAY, "09:00", "12:00")));

            assertEquals(Optional.of(at("2026-06-22T09:00+02:00")), market.nextOpening(at("2026-06-15T12:00+02:00")));
        }

        @Test
        void allDayEveryDayIsAlwaysOpenAndNeverCloses() {
            OpeningSchedule allDay = schedule(PARIS, allDayEveryDay());

            for (String time : List.of("00:00", "03:17", "12:00", "23:59")) {
                assertTrue(allDay.isOpen(at("2026-06-15T" + time + "+02:00")), time);
            }
            assertEquals(Optional.empty(), allDay.nextClosing(at("2026-06-15T12:00+02:00")));
        }

        @Test
        void allDayRangesFollowingEachOtherCloseAtTheEndOfTheLast() {
            OpeningSchedule twoDays = schedule(PARIS, List.of(range(MONDAY, "00:00", "00:00"),
                    range(TUESDAY, "00:00", "00:00")));

            assertEquals(Optional.of(at("2026-06-17T00:00+02:00")), twoDays.nextClosing(at("2026-06-15T10:00+02:00")));
        }

        @Test
        void sameOpeningAndClosingTimeIsOpenForADay() {
            OpeningSchedule fromNineToNine = schedule(PARIS, List.of(range(MONDAY, "09:00", "09:00")));

            assertTrue(fromNineToNine.isOpen(at("2026-06-16T08:59+02:00")), "Tuesday 08:59");
            assertEquals(Optional.of(at("2026-06-16T09:00+02:00")),
                    fromNineToNine.nextClosing(at("2026-06-15T09:00+02:00")));
        }

        @Test
        void touchingRangesCloseAtTheEndOfTheLast() {
            OpeningSchedule split = schedule(PARIS, List.of(range(MONDAY, "15:00", "22:00"),
                    range(MONDAY, "11:00", "15:00")));

            assertTrue(split.isOpen(at("2026-06-15T15:00+02:00")));
            assertEquals(Optional.of(at("2026-06-15T22:00+02:00")), split.nextClosing(at("2026-06-15T12:00+02:00")));
        }

        @Test
        void storeWithoutHoursNeverOpens() {
            OpeningSchedule none = schedule(PARIS, List.of());
            Instant noon = at("2026-06-15T12:00+02:00");

            assertEquals(OpeningStatus.CLOSED, none.statusAt(noon));
            assertEquals(Optional.empty(), none.nextOpening(noon));
            assertEquals(Optional.empty(), none.nextClosing(noon));
        }
    }

    /** Paris, Sunday 29 March 2026: 02:00 (+01:00) becomes 03:00 (+02:00). */
    @Nested
    class SpringForward {

        @Test
        void closedDuringSpringForwardGapButOpenAfter() {
            OpeningSchedule night = schedule(PARIS, List.of(range(SUNDAY, "02:30", "05:00")));

            assertFalse(night.isOpen(at("2026-03-29T01:59+01:00")));
            assertEquals(Optional.of(at("2026-03-29T03:00+02:00")), night.nextOpening(at("2026-03-29T01:00+01:00")),
                    "02:30 does not exist that night: the store opens when the clock jumps to 03:00");
            assertTrue(night.isOpen(at("2026-03-29T03:00+02:00")));
        }

        @Test
        void rangeEndingInTheGapClosesWhenTheClockJumps() {
            OpeningSchedule lateNight = schedule(PARIS, List.of(range(SUNDAY, "01:30", "02:30")));

            assertTrue(lateNight.isOpen(at("2026-03-29T01:45+01:00")));
            assertEquals(Optional.of(at("2026-03-29T03:00+02:00")),
                    lateNight.nextClosing(at("2026-03-29T01:45+01:00")));
            assertFalse(lateNight.isOpen(at("2026-03-29T03:15+02:00")), "not open until 03:30 by clock arithmetic");
        }

        @Test
        void rangeWhollyInTheGapIsSkippedThatWeek() {
            OpeningSchedule odd = schedule(PARIS, List.of(range(SUNDAY, "02:10", "02:40")));

            assertEquals(Optional.of(at("2026-04-05T02:10+02:00")), odd.nextOpening(at("2026-03-28T12:00+01:00")));
        }

        @Test
        void rangesEitherSideOfTheGapMakeOneOpeningWithoutABreak() {
            OpeningSchedule night = schedule(PARIS, List.of(range(SUNDAY, "01:00", "02:30"),
                    range(SUNDAY, "03:00", "05:00")));

            assertEquals(Optional.of(at("2026-03-29T05:00+02:00")), night.nextClosing(at("2026-03-29T01:30+01:00")));
        }

        @Test
        void pastMidnightRangeAcrossTheChangeIsAnHourShorter() {
            OpeningSchedule club = schedule(PARIS, List.of(range(SATURDAY, "22:00", "04:00")));

            assertTrue(club.isOpen(at("2026-03-29T03:30+02:00")));
            assertEquals(Optional.of(at("2026-03-29T04:00+02:00")), club.nextClosing(at("2026-03-28T23:00+01:00")));
            assertFalse(club.isOpen(at("2026-03-29T02:00Z")), "04:00 summer time");
        }
    }

    /** Paris, Sunday 25 October 2026: 03:00 (+02:00) becomes 02:00 (+01:00), so 02:00-02:59 happens twice. */
    @Nested
    class FallBack {

        @Test
        void rangeThroughTheRepeatedHourStaysOpenBothTimes() {
            OpeningSchedule night = schedule(PARIS, List.of(range(SUNDAY, "01:00", "04:00")));

            assertTrue(night.isOpen(at("2026-10-25T02:30+02:00")), "first 02:30");
            assertTrue(night.isOpen(at("2026-10-25T02:30+01:00")), "second 02:30");
            assertEquals(Optional.of(at("2026-10-25T04:00+01:00")), night.nextClosing(at("2026-10-25T01:30+02:00")));
        }

        @Test
        void closingTimeInTheRepeatedHourIsItsFirstPass() {
            OpeningSchedule early = schedule(PARIS, List.of(range(SUNDAY, "00:00", "02:30")));

            assertEquals(Optional.of(at("2026-10-25T02:30+02:00")), early.nextClosing(at("2026-10-25T01:00+02:00")));
            assertFalse(early.isOpen(at("2026-10-25T02:15+01:00")), "the clock shows 02:15 again, after closing");
        }

        @Test
        void openingTimeInTheRepeatedHourIsItsFirstPass() {
            OpeningSchedule bakery = schedule(PARIS, List.of(range(SUNDAY, "02:30", "06:00")));

            assertEquals(Optional.of(at("2026-10-25T02:30+02:00")), bakery.nextOpening(at("2026-10-25T01:00+02:00")));
        }

        @Test
        void pastMidnightRangeAcrossTheChangeIsAnHourLonger() {
            OpeningSchedule club = schedule(PARIS, List.of(range(SATURDAY, "22:00", "03:00")));

            assertTrue(club.isOpen(at("2026-10-25T02:30+01:00")));
            assertEquals(Optional.of(at("2026-10-25T03:00+01:00")), club.nextClosing(at("2026-10-24T23:00+02:00")));
        }
    }

    @Nested
    class Closures {

        @Test
        void closureDayIsClosedExceptionallyWhateverTheHours() {
            OpeningSchedule christmas = schedule(PARIS, allDayEveryDay(), List.of(closure("2026-12-25", "2026-12-25")));

            assertEquals(OpeningStatus.CLOSED_EXCEPTIONALLY, christmas.statusAt(at("2026-12-25T12:00+01:00")));
            assertEquals(Optional.of(at("2026-12-26T00:00+01:00")),
                    christmas.nextOpening(at("2026-12-25T12:00+01:00")));
            assertEquals(Optional.of(at("2026-12-25T00:00+01:00")), christmas.nextClosing(at("2026-12-24T20:00+01:00")),
                    "an all-week store closes for the holiday");
        }

        @Test
        void closureCutsAPastMidnightRangeAtMidnight() {
            OpeningSchedule bar = schedule(PARIS, List.of(range(FRIDAY, "18:00", "02:00")),
                    List.of(closure("2026-06-20", "2026-06-20")));

            assertTrue(bar.isOpen(at("2026-06-19T23:00+02:00")), "Friday evening is not closed");
            assertEquals(Optional.of(at("2026-06-20T00:00+02:00")), bar.nextClosing(at("2026-06-19T23:00+02:00")));
            assertEquals(OpeningStatus.CLOSED_EXCEPTIONALLY, bar.statusAt(at("2026-06-20T01:00+02:00")));
        }

        @Test
        void rangeFromAClosureDayOpensAtMidnightOnTheNextDay() {
            OpeningSchedule bar = schedule(PARIS, List.of(range(FRIDAY, "18:00", "02:00")),
                    List.of(closure("2026-06-19", "2026-06-19")));

            assertEquals(Optional.of(at("2026-06-20T00:00+02:00")), bar.nextOpening(at("2026-06-19T12:00+02:00")));
        }

        @Test
        void nextOpeningSkipsASummerClosure() {
            OpeningSchedule bistro = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY,
                    List.of(closure("2026-07-01", "2026-08-15")));

            assertEquals(Optional.of(at("2026-08-16T11:30+02:00")), bistro.nextOpening(at("2026-06-30T23:30+02:00")));
        }

        @Test
        void nextOpeningIsFoundAfterAClosureLongerThanAYear() {
            OpeningSchedule works = schedule(PARIS, List.of(range(MONDAY, "09:00", "12:00")),
                    List.of(closure("2026-06-01", "2028-05-31")));

            assertEquals(Optional.of(at("2028-06-05T09:00+02:00")), works.nextOpening(at("2026-06-15T12:00+02:00")));
        }
    }

    @Nested
    class Pause {

        private final Instant noon = at("2026-06-15T12:00+02:00");

        @Test
        void pausedStoreTakesNoOrdersUntilThePauseEnds() {
            OpeningSchedule busy = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY, List.of(), at("2026-06-15T13:00+02:00"));

            assertEquals(OpeningStatus.PAUSED, busy.statusAt(noon));
            assertFalse(busy.isOpen(noon));
            assertEquals(Optional.of(at("2026-06-15T13:00+02:00")), busy.nextOpening(noon));
            assertEquals(OpeningStatus.OPEN, busy.statusAt(at("2026-06-15T13:00+02:00")));
        }

        @Test
        void pauseLastingPastLunchReopensForDinner() {
            OpeningSchedule busy = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY, List.of(), at("2026-06-15T15:00+02:00"));

            assertEquals(Optional.of(at("2026-06-15T18:30+02:00")), busy.nextOpening(noon));
        }

        @Test
        void pauseOutsideTheHoursShowsClosed() {
            OpeningSchedule busy = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY, List.of(), at("2026-06-15T17:00+02:00"));

            assertEquals(OpeningStatus.CLOSED, busy.statusAt(at("2026-06-15T16:00+02:00")));
        }

        @Test
        void pausedStoreHasNoClosingTimeToShow() {
            OpeningSchedule busy = schedule(PARIS, LUNCH_AND_DINNER_EVERY_DAY, List.of(), at("2026-06-15T13:00+02:00"));

            assertEquals(Optional.empty(), busy.nextClosing(noon));
        }
    }

    static OpeningRange range(DayOfWeek day, String opens, String closes) {
        return new OpeningRange(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    static List<OpeningRange> allDayEveryDay() {
        return Arrays.stream(DayOfWeek.values()).map(d -> range(d, "00:00", "00:00")).toList();
    }

    private static Closure closure(String firstDay, String lastDay) {
        return new Closure(LocalDate.parse(firstDay), LocalDate.parse(lastDay), null);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static OpeningSchedule schedule(ZoneId zone, List<OpeningRange> week) {
        return schedule(zone, week, List.of());
    }

    private static OpeningSchedule schedule(ZoneId zone, List<OpeningRange> week, List<Closure> closures) {
        return schedule(zone, week, closures, null);
    }

    private static OpeningSchedule schedule(ZoneId zone, List<OpeningRange> week, List<Closure> closures,
                                            Instant pausedUntil) {
        return new OpeningSchedule(week, closures, pausedUntil, zone);
    }
}
