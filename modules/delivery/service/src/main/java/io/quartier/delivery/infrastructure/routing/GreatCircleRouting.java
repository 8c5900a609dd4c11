package io.quartier.delivery.infrastructure.routing;

import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.util.List;

/**
 * Travel estimated without a road map: the great-circle distance stretched by a road factor (streets are not
 * straight; about 1.3 in a city), driven at the vehicle's speed.
 */
public class GreatCircleRouting implements Routing {

    private final double roadFactor;

    public GreatCircleRouting(double roadFactor) {
        if (!(roadFactor >= 1)) {
            throw new IllegalArgumentException("a road is never shorter than the straight line: road factor "
                    + roadFactor);
        }
        this.roadFactor = roadFactor;
    }

    @Override
    public TravelMatrix matrix(List<GeoPoint> places, double metersPerSecond) {
        int n = places.size();
        double[][] meters = new double[n][n];
        double[][] seconds = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                meters[i][j] = meters(places.get(i), places.get(j));
                seconds[i][j] = meters[i][j] / metersPerSecond;
            }
        }
        return new TravelMatrix(meters, seconds);
    }

    /** The estimated road distance between two places. */
    public double meters(GeoPoint from, GeoPoint to) {
        return from.metersTo(to) * roadFactor;
    }
}
