package io.quartier.delivery.domain.model.position;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.kernel.domain.DomainException;
import java.io.Serializable;
import java.time.Instant;

/** Where a courier was at an instant, as its phone reported it. */
public record PositionReport(double latitude, double longitude, Instant at) implements Serializable {

    /**
     * A report from raw numbers.
     *
     * @throws DomainException 400 problem.position.invalid for a missing, NaN, infinite or out-of-range coordinate
     */
    public static PositionReport of(Double latitude, Double longitude, Instant at) {
        if (latitude == null || longitude == null || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
            throw DomainException.invalid("problem.position.invalid",
                    "a position needs a latitude within ±90 and a longitude within ±180");
        }
        return new PositionReport(latitude, longitude, at);
    }

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
