package io.quartier.delivery.domain.model.geo;

/**
 * Meters and seconds from each place of a plan to each other, indexed as the places were given. One matrix
 * holds for one vehicle speed; plans give each vehicle the matrix of its own speed.
 */
public final class TravelMatrix {

    private final double[][] meters;
    private final double[][] seconds;

    public TravelMatrix(double[][] meters, double[][] seconds) {
        if (meters.length != seconds.length) {
            throw new IllegalArgumentException("meters for " + meters.length + " places, seconds for " + seconds.length);
        }
        for (int i = 0; i < meters.length; i++) {
            if (meters[i].length != meters.length || seconds[i].length != meters.length) {
                throw new IllegalArgumentException("row " + i + " of the travel matrix is not square");
            }
        }
        this.meters = meters;
        this.seconds = seconds;
    }

    public int size() {
        return meters.length;
    }

    public double meters(int from, int to) {
        return meters[from][to];
    }

    public double seconds(int from, int to) {
        return seconds[from][to];
    }
}
