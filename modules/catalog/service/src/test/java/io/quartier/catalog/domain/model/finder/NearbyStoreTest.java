package io.quartier.catalog.domain.model.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.domain.model.hours.Closure;
import io.quartier.catalog.domain.model.hours.OpeningRange;
import io.quartier.catalog.domain.model.hours.OpeningStatus;
import io.quartier.catalog.domain.model.merchant.Merchant;
import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.store.DeliveryTerms;
import io.quartier.catalog.domain.model.store.Place;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.finder.NearbyStore.Availability;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stores a customer's place gets, in which order, and what each shows. */
class NearbyStoreTest {

    /** Monday 15 June 2026, 12:00 in Paris. */
    private static final Instant MONDAY_NOON = OffsetDateTime.parse("2026-06-15T12:00+02:00").toInstant();
    /** Rue des Martyrs, Paris 9e. */
    private static final Place CUSTOMER = new Place(48.8790, 2.3400);

    @Test
    void onlyStoresWhoseRadiusCoversThePlaceAreListed() {
        Store near = store("Near", 0.005, allDay());
        Store far = store("Far", 0.040, allDay());
        Store tight = store("Tight", 0.005, allDay());
        tight.changeContact(null, null, 300);

        List<NearbyStore> found = NearbyStore.deliveringTo(CUSTOMER, List.of(near, far, tight), MONDAY_NOON);

        assertEquals(List.of("Near"), names(found), "Far is 4.4 km away (default 3 km), Tight delivers 300 m only");
    }

    @Test
    void withoutARadiusAStoreDeliversTheDefaultDistance() {
        Store store = store("Default", 0, allDay());
        double oneMetre = 1 / Place.METRES_PER_DEGREE;
        assertNull(store.getDeliveryRadiusMetres());
        assertTrue(store.deliversTo(new Place(CUSTOMER.latitude() + 2_999 * oneMetre, CUSTOMER.longitude())));
        assertFalse(store.deliversTo(new Place(CUSTOMER.latitude() + 3_001 * oneMetre, CUSTOMER.longitude())));
        store.changeContact(null, null, 5_000);
        assertTrue(store.deliversTo(new Place(CUSTOMER.latitude() + 4_999 * oneMetre, CUSTOMER.longitude())));
    }

    @Test
    void openStoresComeFirstNearestFirstThenLaterTodaySoonestFirstThenTheRest() {
        Store openFar = store("Open far", 0.020, allDay());
        Store openNear = store("Open near", 0.002, allDay());
        Store dinner = store("Dinner", 0.001, every("18:30", "23:00"));
        Store afternoon = store("Afternoon", 0.010, every("15:00", "19:00"));
        Store paused = store("Paused", 0.001, allDay());
        paused.pauseUntil(MONDAY_NOON.plusSeconds(600), MONDAY_NOON);
        Store holiday = store("Holiday", 0.001, allDay());
        holiday.addClosure(new Closure(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16), "congés"));
        Store tuesdays = store("Tuesdays", 0.001, List.of(new OpeningRange(DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), LocalTime.of(17, 0))));
        Store noHours = store("No hours", 0.001, List.of());

        List<NearbyStore> found = NearbyStore.deliveringTo(CUSTOMER,
                List.of(noHours, tuesdays, holiday, paused, afternoon, dinner, openFar, openNear), MONDAY_NOON);

        assertEquals(List.of("Open near", "Open far", "Afternoon", "Dinner", "Paused", "Tuesdays", "Holiday", "No hours"),
                names(found));
        assertEquals(List.of(Availability.OPEN_NOW, Availability.OPEN_NOW, Availability.OPENS_LATER_TODAY,
                Availability.OPENS_LATER_TODAY, Availability.NOT_TODAY, Availability.NOT_TODAY, Availability.NOT_TODAY,
                Availability.NOT_TODAY), found.stream().map(NearbyStore::availability).toList());
    }

    @Test
    void eachStoreSaysWhenItOpensUnlessItIsOpen() {
        Store open = store("Open", 0.001, allDay());
        Store dinner = store("Dinner", 0.001, every("18:30", "23:00"));
        Store paused = store("Paused", 0.001, allDay());
        paused.pauseUntil(MONDAY_NOON.plusSeconds(600), MONDAY_NOON);
        Store tuesdays = store("Tuesdays", 0.001, List.of(new OpeningRange(DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), LocalTime.of(17, 0))));

        List<NearbyStore> found = NearbyStore.deliveringTo(CUSTOMER, List.of(open, dinner, paused, tuesdays), MONDAY_NOON);

        assertNull(found.get(0).opensAt());
        assertEquals(OpeningStatus.OPEN, found.get(0).status());
        assertEquals(OffsetDateTime.parse("2026-06-15T18:30+02:00").toInstant(), found.get(1).opensAt());
        assertEquals(OpeningStatus.PAUSED, found.get(2).status());
        assertEquals(MONDAY_NOON.plusSeconds(600), found.get(2).opensAt(), "a pause ends before dinner, still last");
        assertEquals(OffsetDateTime.parse("2026-06-16T09:00+02:00").toInstant(), found.get(3).opensAt());
    }

    @Test
    void laterTodayIsTheStoresOwnDay() {
        // At 23:30 in London it is 00:30 the next day in Paris: a Paris store opening at 08:00 opens "later today".
        Instant lateInLondon = OffsetDateTime.parse("2026-06-15T23:30+01:00").toInstant();
        Store breakfast = store("Breakfast", 0.001, every("08:00", "11:00"));

        assertEquals(Availability.OPENS_LATER_TODAY,
                NearbyStore.deliveringTo(CUSTOMER, List.of(breakfast), lateInLondon).get(0).availability());
        assertEquals(Availability.NOT_TODAY,
                NearbyStore.deliveringTo(CUSTOMER, List.of(breakfast), MONDAY_NOON).get(0).availability());
    }

    @Test
    void distanceFeeAndTimeFollowTheStoresTerms() {
        Store store = store("Here", 0.018, allDay());

        NearbyStore found = NearbyStore.deliveringTo(CUSTOMER, List.of(store), MONDAY_NOON).get(0);

        assertEquals(2_002, found.distanceMetres(), 2);
        assertEquals(0, found.deliveryFeeMinor(), "unpriced");
        assertEquals(DeliveryTerms.DEFAULT_PREPARATION_MINUTES + 11, found.deliveryMinutes(), "2.6 km of streets");
    }

    /** A Paris restaurant {@code north} degrees north of the customer. */
    private static Store store(String name, double north, List<OpeningRange> week) {
        Store store = new Store(new Merchant(name, MerchantType.RESTAURANT), name, "Paris", "FR", "EUR", "Europe/Paris",
                "fr", CUSTOMER.latitude() + north, CUSTOMER.longitude());
        store.replaceOpeningHours(week);
        return store;
    }

    private static List<OpeningRange> allDay() {
        return every("00:00", "00:00");
    }

    private static List<OpeningRange> every(String opens, String closes) {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new OpeningRange(d, LocalTime.parse(opens), LocalTime.parse(closes))).toList();
    }

    private static List<String> names(List<NearbyStore> found) {
        return found.stream().map(n -> n.store().getName()).toList();
    }
}
