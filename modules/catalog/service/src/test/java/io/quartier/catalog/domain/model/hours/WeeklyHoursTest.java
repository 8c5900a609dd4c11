package io.quartier.catalog.domain.model.hours;

import static io.quartier.catalog.domain.model.hours.OpeningScheduleTest.allDayEveryDay;
import static io.quartier.catalog.domain.model.hours.OpeningScheduleTest.range;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.problem.Problem;
import io.quartier.kernel.problem.ProblemMappers;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    @Test
    void lunchAndDinnerOnTheSameDayAreAValidWeek() {
        assertEquals(List.of(), violations(range(MONDAY, "11:30", "14:30"), range(MONDAY, "18:30", "23:00")));
    }

    @Test
    void allDayEveryDayIsAValidWeek() {
        assertEquals(List.of(), WeeklyHours.violations(allDayEveryDay()));
    }

    @Test
    void rangesThatOnlyTouchAreAccepted() {
        assertEquals(List.of(), violations(range(MONDAY, "11:00", "15:00"), range(MONDAY, "15:00", "22:00"),
                range(FRIDAY, "18:00", "02:00"), range(SATURDAY, "02:00", "04:00")));
    }

    @Test
    void overlappingRangesAreRejectedNamingBoth() {
        assertEquals(overlapOf(0, 2), violations(range(MONDAY, "11:30", "14:30"), range(TUESDAY, "11:30", "14:30"),
                range(MONDAY, "14:00", "15:00")));
    }

    @Test
    void pastMidnightRangeOverlappingTheNextMorningIsRejected() {
        assertEquals(overlapOf(0, 1), violations(range(FRIDAY, "18:00", "02:00"), range(SATURDAY, "01:00", "03:00")));
    }

    @Test
    void sundayNightRangeOverlappingMondayMorningIsRejected() {
        assertEquals(overlapOf(0, 1), violations(range(MONDAY, "00:30", "03:00"), range(SUNDAY, "22:00", "01:00")));
    }

    @Test
    void allDayRangeLeavesNoRoomForAnotherThatDay() {
        assertEquals(overlapOf(0, 1), violations(range(MONDAY, "00:00", "00:00"), range(MONDAY, "12:00", "14:00")));
    }

    @Test
    void sameRangeTwiceIsAnOverlap() {
        assertEquals(overlapOf(0, 1), violations(range(MONDAY, "09:00", "12:00"), range(MONDAY, "09:00", "12:00")));
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        List<OpeningRange> week = Arrays.asList(
                range(MONDAY, "09:00", "12:00"),
                null,
                new OpeningRange(TUESDAY, null, LocalTime.NOON),
                new OpeningRange(FRIDAY, LocalTime.parse("09:00:30"), LocalTime.NOON),
                range(MONDAY, "11:00", "13:00"));

        assertEquals(List.of(
                new HoursViolation(WeeklyHours.INCOMPLETE, List.of(1)),
                new HoursViolation(WeeklyHours.INCOMPLETE, List.of(2)),
                new HoursViolation(WeeklyHours.NOT_WHOLE_MINUTE, List.of(3)),
                new HoursViolation(WeeklyHours.OVERLAP, List.of(0, 4))), WeeklyHours.violations(week));
    }

    @Test
    void rejectionAnswersAsOneProblemListingEveryViolation() {
        OpeningHoursRejected rejected = assertThrows(OpeningHoursRejected.class, () -> WeeklyHours.requireValid(
                List.of(range(MONDAY, "09:00", "12:00"), range(MONDAY, "11:00", "13:00"))));
        Problem problem = ProblemMappers.problem(rejected);

        assertEquals(400, problem.status());
        assertEquals("catalog.hours.invalid", problem.code());
        assertEquals(Map.of("violations", List.of(Map.of("code", "catalog.hours.overlap", "positions", List.of(0, 1)))),
                problem.errors());
    }

    @Test
    void scheduleRefusesAnInvalidWeek() {
        assertThrows(OpeningHoursRejected.class, () -> new OpeningSchedule(
                List.of(range(MONDAY, "09:00", "12:00"), range(MONDAY, "11:00", "13:00")),
                List.of(), null, ZoneId.of("Europe/Paris")));
    }

    private static List<HoursViolation> violations(OpeningRange... week) {
        return WeeklyHours.violations(List.of(week));
    }

    /** The one violation of a week whose ranges at these two positions overlap. */
    private static List<HoursViolation> overlapOf(int first, int second) {
        return List.of(new HoursViolation(WeeklyHours.OVERLAP, List.of(first, second)));
    }
}
