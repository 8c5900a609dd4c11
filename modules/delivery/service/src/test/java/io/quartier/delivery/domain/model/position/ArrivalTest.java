package io.quartier.delivery.domain.model.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArrivalTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration COUNTER = Duration.ofMinutes(2);

    /** Courier (0), store (1), door (2): 5 minutes to the store, 10 from the store to the door, 12 straight. */
    private static final TravelMatrix TRAVEL = new TravelMatrix(new double[3][3],
            new double[][] {{0, 300, 720}, {300, 0, 600}, {720, 600, 0}});

    @Test
    void oncePickedUpIsTheRideToTheDoor() {
        assertEquals(NOW.plusSeconds(720), Arrival.atDoor(TRAVEL, true, NOW, NOW.minusSeconds(60), COUNTER));
    }

    @Test
    void onTheWayToTheStoreAddsTheCounterAndTheRide() {
        assertEquals(NOW.plusSeconds(300 + 120 + 600),
                Arrival.atDoor(TRAVEL, false, NOW, NOW.plusSeconds(60), COUNTER));
    }

    @Test
    void waitsForAnOrderNotReadyYet() {
        Instant ready = NOW.plusSeconds(900);
        assertEquals(ready.plusSeconds(120 + 600), Arrival.atDoor(TRAVEL, false, NOW, ready, COUNTER));
    }
}
