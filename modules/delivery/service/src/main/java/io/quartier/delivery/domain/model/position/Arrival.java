package io.quartier.delivery.domain.model.position;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import java.time.Duration;
import java.time.Instant;

/**
 * The expected arrival at the door from where the courier is: on the way to the store, the ride there, the wait for
 * the order if it is not ready yet, the minutes at the counter, then the ride to the door; once picked up, the ride to
 * the door alone. The travel matrix holds the courier (0), the store (1) and the door (2), at the courier's speed.
 */
public final class Arrival {

    private Arrival() {
    }

    public static Instant atDoor(TravelMatrix travel, boolean pickedUp, Instant now, Instant readyAt,
                                 Duration atCounter) {
        if (pickedUp) {
            return now.plusSeconds(Math.round(travel.seconds(0, 2)));
        }
        Instant atStore = now.plusSeconds(Math.round(travel.seconds(0, 1)));
        if (readyAt != null && readyAt.isAfter(atStore)) {
            atStore = readyAt;
        }
        return atStore.plus(atCounter).plusSeconds(Math.round(travel.seconds(1, 2)));
    }
}
