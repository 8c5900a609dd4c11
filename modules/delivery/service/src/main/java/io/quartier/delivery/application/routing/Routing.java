package io.quartier.delivery.application.routing;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import java.util.List;

/** Distances and travel times between places (port; chosen by {@code delivery.routing}). */
public interface Routing {

    /**
     * Every place to every other, for a vehicle that goes no faster than {@code metersPerSecond}.
     *
     * @throws Unavailable when the routing engine cannot answer and no fallback is allowed
     */
    TravelMatrix matrix(List<GeoPoint> places, double metersPerSecond);

    /** The routing engine gave no usable answer (down, slow, refusing or talking nonsense) and no fallback is allowed. */
    class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
