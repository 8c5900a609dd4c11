package io.quartier.delivery.domain.model.tour;

import io.quartier.delivery.domain.model.geo.TravelMatrix;

/** Places on a flat plane, as the benchmark instances give them: straight-line meters, at one speed. */
public final class Plane {

    private Plane() {
    }

    /** {@code xy[i]} is place i; seconds are meters over {@code metersPerSecond}. */
    public static TravelMatrix matrix(double[][] xy, double metersPerSecond) {
        int n = xy.length;
        double[][] meters = new double[n][n];
        double[][] seconds = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                meters[i][j] = Math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]);
                seconds[i][j] = meters[i][j] / metersPerSecond;
            }
        }
        return new TravelMatrix(meters, seconds);
    }
}
