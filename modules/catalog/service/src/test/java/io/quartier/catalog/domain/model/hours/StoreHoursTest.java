package io.quartier.catalog.domain.model.hours;

import static io.quartier.catalog.domain.model.hours.OpeningScheduleTest.allDayEveryDay;
import static io.quartier.catalog.domain.model.hours.OpeningScheduleTest.range;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.domain.model.merchant.Merchant;
import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a merchant does to a store's hours, closures and pause, and what customers then see. */
class StoreHoursTest {

    private final Store camden = new Store(new Merchant("Camden Greens", MerchantType.GROCERY), "Camden Greens",
            "142 Camden High Street, London", "GB", "GBP", "Europe/London", "en", 51.539, -0.1426);

    private final Instant mondayNoonInLondon = OffsetDateTime.parse("2026-06-15T12:00+01:00").toInstant();

    @Test
    void newStoreHasNoHoursAndIsClosed() {
        assertEquals(List.of(), camden.getOpeningHours());
        assertEquals(OpeningStatus.CLOSED, camden.openingSchedule().statusAt(mondayNoonInLondon));
    }

    @Test
    void hoursAreReadInTheStoresTimeZone() {
        camden.replaceOpeningHours(List.of(range(MONDAY, "12:00", "13:00")));

        assertTrue(camden.openingSchedule().isOpen(OffsetDateTime.parse("2026-06-15T11:00Z").toInstant()));
    }

    @Test
    void hoursComeBackInWeekOrder() {
        camden.replaceOpeningHours(List.of(range(SUNDAY, "10:00", "16:00"), range(MONDAY, "18:00", "22:00"),
                range(MONDAY, "08:00", "12:00")));

        assertEquals(List.of(range(MONDAY, "08:00", "12:00"), range(MONDAY, "18:00", "22:00"),
                range(SUNDAY, "10:00", "16:00")), camden.getOpeningHours());
    }

    @Test
    void invalidWeekLeavesTheCurrentHoursInPlace() {
        camden.replaceOpeningHours(allDayEveryDay());

        assertThrows(OpeningHoursRejected.class, () -> camden.replaceOpeningHours(
                List.of(range(TUESDAY, "08:00", "12:00"), range(TUESDAY, "11:00", "14:00"))));
        assertEquals(7, camden.getOpeningHours().size());
        assertTrue(camden.openingSchedule().isOpen(mondayNoonInLondon));
    }

    @Test
    void closureSharingADayWithAnotherIsRefused() {
        camden.addClosure(new Closure(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-26"), "Christmas"));

        DomainException refused = assertThrows(DomainException.class, () -> camden.addClosure(
                new Closure(LocalDate.parse("2026-12-26"), LocalDate.parse("2026-12-27"), null)));
        assertEquals("catalog.closure.overlap", refused.code());
        assertEquals(409, ProblemMappers.problem(refused).status());
        assertEquals(1, camden.getClosures().size());
    }

    @Test
    void closureEndingBeforeItStartsIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () ->
                new Closure(LocalDate.parse("2026-12-26"), LocalDate.parse("2026-12-24"), null));

        assertEquals("catalog.closure.endsBeforeStart", refused.code());
    }

    @Test
    void closureNoteLongerThanTheColumnIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> new Closure(
                LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-24"), "x".repeat(Closure.NOTE_MAX_LENGTH + 1)));

        assertEquals("catalog.closure.noteTooLong", refused.code());
    }

    @Test
    void removedClosureNoLongerCloses() {
        camden.replaceOpeningHours(allDayEveryDay());
        camden.addClosure(new Closure(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-15"), "Inventaire"));
        assertEquals(OpeningStatus.CLOSED_EXCEPTIONALLY, camden.openingSchedule().statusAt(mondayNoonInLondon));

        assertTrue(camden.removeClosure(LocalDate.parse("2026-06-15")));
        assertFalse(camden.removeClosure(LocalDate.parse("2026-06-15")), "nothing left to remove");
        assertTrue(camden.openingSchedule().isOpen(mondayNoonInLondon));
    }

    @Test
    void pauseStopsOrdersUntilItEndsAndResumeLiftsItAtOnce() {
        camden.replaceOpeningHours(allDayEveryDay());
        Instant inHalfAnHour = mondayNoonInLondon.plusSeconds(1800);

        camden.pauseUntil(inHalfAnHour, mondayNoonInLondon);
        assertEquals(OpeningStatus.PAUSED, camden.openingSchedule().statusAt(mondayNoonInLondon));
        assertEquals(Optional.of(inHalfAnHour), camden.pausedUntil(mondayNoonInLondon));
        assertEquals(Optional.empty(), camden.pausedUntil(inHalfAnHour), "over when it ends");

        camden.resume();
        assertTrue(camden.openingSchedule().isOpen(mondayNoonInLondon));
    }

    @Test
    void pauseEndingInThePastIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
                () -> camden.pauseUntil(mondayNoonInLondon.minusSeconds(60), mondayNoonInLondon));

        assertEquals("catalog.pause.notInFuture", refused.code());
    }
}
