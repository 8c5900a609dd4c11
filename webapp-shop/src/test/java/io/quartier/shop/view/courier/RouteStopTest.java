package io.quartier.shop.view.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.JobView;
import io.quartier.delivery.api.TourStop;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RouteStopTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aStopOfTheTourShowsItsArrivalInDeliverysZoneAndLeadsThePhoneThere() {
        TourStop door = new TourStop(9, 5, null, "DROPOFF", null, "12 rue des Martyrs", 48.879, 2.3397,
                Instant.parse("2026-11-28T18:42:00Z"), true);

        RouteStop stop = RouteStop.of(2, door, PARIS, Locale.FRENCH);

        assertEquals("19:42", stop.getExpected());
        assertTrue(stop.isLate());
        assertFalse(stop.isPickup());
        assertEquals("geo:48.879000,2.339700?q=48.879000,2.339700", stop.getNavigation());
        assertEquals("2 · #5", stop.point().label());
    }

    @Test
    void aJobReadOnItsOwnGivesItsStoreThenItsDoorAndOnceCollectedItsDoorAlone() {
        JobRow assigned = new JobRow(job("ASSIGNED"));
        JobRow pickedUp = new JobRow(job("PICKED_UP"));

        List<RouteStop> both = assigned.ownStops();

        assertEquals(2, both.size());
        assertTrue(both.get(0).isPickup());
        assertEquals("Chez Marcel", both.get(0).getName());
        assertEquals("", both.get(0).getExpected(), "no time when delivery did not order the stops");
        assertFalse(both.get(1).isPlaced(), "the door's place unknown: listed, not on the map");
        assertEquals(1, pickedUp.ownStops().size());
        assertFalse(pickedUp.ownStops().get(0).isPickup());
    }

    private static JobView job(String status) {
        return new JobView(9, 5, status, "Chez Marcel", "1 rue Pigalle", "12 rue des Martyrs", 20L, null, 48.8796,
                2.3353, null, null, null, null, false, null, null, null, null, null);
    }
}
