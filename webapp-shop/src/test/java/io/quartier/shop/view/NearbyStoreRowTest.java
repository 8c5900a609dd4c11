package io.quartier.shop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.api.NearbyStoreView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NearbyStoreRowTest {

    /** Monday 15 June 2026, 12:00 in Paris. */
    private static final Instant NOON_IN_PARIS = OffsetDateTime.parse("2026-06-15T12:00+02:00").toInstant();

    @Test
    void distanceIsInMetresUnderAKilometreAndInKilometresAbove() {
        NearbyStoreRow near = new NearbyStoreRow(store(650, 249, null), Locale.FRENCH, NOON_IN_PARIS);
        assertEquals("shop.home.distanceMetres", near.getDistanceKey());
        assertEquals("650", near.getDistance());

        NearbyStoreRow far = new NearbyStoreRow(store(2_449, 249, null), Locale.FRENCH, NOON_IN_PARIS);
        assertEquals("shop.home.distanceKm", far.getDistanceKey());
        assertEquals("2,4", far.getDistance());
        assertEquals("2.4", new NearbyStoreRow(store(2_449, 249, null), Locale.ENGLISH, NOON_IN_PARIS).getDistance());
    }

    @Test
    void theFeeIsMoneyInTheStoresCurrencyOrFree() {
        String fee = new NearbyStoreRow(store(650, 249, null), Locale.FRANCE, NOON_IN_PARIS).getDeliveryFee();
        assertTrue(fee.contains("2,49") && fee.contains("€"), fee);
        assertNull(new NearbyStoreRow(store(650, 0, null), Locale.FRANCE, NOON_IN_PARIS).getDeliveryFee());
    }

    @Test
    void anOpeningTodayShowsItsTimeOnTheStoresClockAnotherDayItsDateToo() {
        // 16:00 UTC is 18:00 in Paris, whatever zone the reader or the server is in.
        NearbyStoreRow tonight = new NearbyStoreRow(store(650, 249, Instant.parse("2026-06-15T16:00:00Z")),
                Locale.FRENCH, NOON_IN_PARIS);
        assertEquals("shop.home.opensAt", tonight.getOpensKey());
        assertEquals("18:00", tonight.getOpens());

        NearbyStoreRow tomorrow = new NearbyStoreRow(store(650, 249, Instant.parse("2026-06-16T07:00:00Z")),
                Locale.FRENCH, NOON_IN_PARIS);
        assertEquals("shop.home.opensOn", tomorrow.getOpensKey());
        assertTrue(tomorrow.getOpens().contains("16 juin") && tomorrow.getOpens().contains("09:00"), tomorrow.getOpens());

        NearbyStoreRow open = new NearbyStoreRow(store(650, 249, null), Locale.FRENCH, NOON_IN_PARIS);
        assertNull(open.getOpensKey());
    }

    private static NearbyStoreView store(long metres, long feeMinor, Instant opensAt) {
        return new NearbyStoreView(3, 3, "Fromagerie Dupont", "SPECIALTY", "14 rue des Abbesses, 75018 Paris", "FR",
                "EUR", "Europe/Paris", 48.8845, 2.3387, metres, opensAt == null ? "OPEN" : "CLOSED",
                opensAt == null ? "OPEN_NOW" : "OPENS_LATER_TODAY", opensAt, feeMinor, 25);
    }
}
