package io.quartier.delivery.domain.model.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.Itinerary.Call;
import io.quartier.delivery.domain.model.tour.Itinerary.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ordering one courier's stops on a line of places one kilometre apart, at 10 m/s. */
class ItineraryTest {

    /** Place i lies at i kilometres east of place 0, where the courier is. */
    private static final TravelMatrix LINE = Plane.matrix(new double[][] {
            {0, 0}, {1000, 0}, {2000, 0}, {3000, 0}, {4000, 0}, {5000, 0}, {-1000, 0}, {-3000, 0}}, 10);

    @Test
    void aStoreComesBeforeItsDoorEvenWhenTheDoorIsNearer() {
        Itinerary plan = Itinerary.plan(LINE, 0, 0, 2, List.of(
                stop("door", 1, Set.of("store"), -1), stop("store", 3, Set.of(), 1)));

        assertEquals(List.of("store", "door"), ids(plan));
        assertEquals(3000 + 2000, plan.meters(), 1e-6);
    }

    @Test
    void anOrderNotReadyIsWaitedForAndItsTimesSaySo() {
        Itinerary plan = Itinerary.plan(LINE, 0, 0, 2, List.of(
                new Stop("store", 1, Set.of(), 500, Double.MAX_VALUE, 60, 1),
                stop("door", 2, Set.of("store"), -1)));

        Call store = plan.calls().get(0);
        assertEquals(100, store.arrival(), 1e-6);
        assertEquals(500, store.start(), 1e-6, "waits for the order");
        assertEquals(500 + 60 + 100, plan.calls().get(1).arrival(), 1e-6);
    }

    @Test
    void lateAnywayTheLeastLatenessWins() {
        // both doors are due now: the nearer first keeps the sum of lateness lowest
        Itinerary plan = Itinerary.plan(LINE, 0, 2, 2, List.of(
                new Stop("far", 7, Set.of(), 0, 0, 0, -1), new Stop("near", 6, Set.of(), 0, 0, 0, -1)));

        assertEquals(List.of("near", "far"), ids(plan));
        assertTrue(plan.calls().stream().allMatch(Call::late));
    }

    @Test
    void aVehicleWithRoomForTwoBagsDropsOneBeforeTheThirdPickup() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            stops.add(stop("store" + i, i, Set.of(), 1));
            stops.add(stop("door" + i, i + 1, Set.of("store" + i), -1));
        }

        Itinerary plan = Itinerary.plan(LINE, 0, 0, 2, stops);

        assertEquals(0, plan.overload());
        int bags = 0;
        for (Call call : plan.calls()) {
            bags += call.stop().bags();
            assertTrue(bags <= 2, ids(plan)::toString);
        }
    }

    @Test
    void beyondEightStopsTheSoonestStopComesNextAndEveryStoreStillBeforeItsDoor() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            stops.add(stop("door" + i, 6 - i, Set.of("store" + i), -1));
            stops.add(stop("store" + i, i, Set.of(), 1));
        }

        List<String> order = ids(Itinerary.plan(LINE, 0, 0, 10, stops));

        assertEquals(10, order.size());
        for (int i = 1; i <= 5; i++) {
            assertTrue(order.indexOf("store" + i) < order.indexOf("door" + i), order::toString);
        }
        assertEquals("store1", order.get(0), "the nearest first");
    }

    @Test
    void stopsWaitingForEachOtherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Itinerary.plan(LINE, 0, 0, 2, List.of(
                stop("a", 1, Set.of("b"), 1), stop("b", 2, Set.of("a"), -1))));
        assertThrows(IllegalArgumentException.class, () -> Itinerary.plan(LINE, 0, 0, 2, List.of(
                stop("a", 1, Set.of("nowhere"), 1))));
    }

    private static Stop stop(String id, int place, Set<String> after, int bags) {
        return new Stop(id, place, after, 0, Double.MAX_VALUE, 0, bags);
    }

    private static List<String> ids(Itinerary plan) {
        return plan.calls().stream().map(c -> c.stop().id()).toList();
    }
}
