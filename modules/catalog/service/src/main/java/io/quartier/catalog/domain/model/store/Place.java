package io.quartier.catalog.domain.model.store;

import io.quartier.kernel.domain.DomainException;
import java.util.OptionalDouble;

/**
 * A point on Earth in decimal degrees (WGS 84), where a customer wants to be delivered or where a store stands.
 * Distances are great-circle distances on a sphere of the Earth's mean radius: within a city they are a few metres
 * off the ellipsoid at most, far less than a delivery radius is precise.
 */
public record Place(double latitude, double longitude) {

    /** The Earth's mean radius (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** How many metres one degree of latitude spans, everywhere on the sphere. */
    public static final double METRES_PER_DEGREE = EARTH_RADIUS_METRES * Math.PI / 180;

    /**
     * @throws DomainException invalid {@code catalog.place.invalid} for a latitude outside -90..90, a longitude
     *                         outside -180..180, or a number that is not finite
     */
    public Place {
        if (!Double.isFinite(latitude) || Math.abs(latitude) > 90
                || !Double.isFinite(longitude) || Math.abs(longitude) > 180) {
            throw DomainException.invalid("catalog.place.invalid", "not a place on Earth: " + latitude + ", " + longitude);
        }
    }

    /**
     * A place from two decimal numbers as a caller typed them.
     *
     * @throws DomainException invalid {@code catalog.place.invalid} when either is missing, not a number, not
     *                         finite or out of range
     */
    public static Place parse(String latitude, String longitude) {
        return new Place(degrees(latitude), degrees(longitude));
    }

    private static double degrees(String text) {
        if (text == null || text.isBlank() || text.length() > 30) {
            throw DomainException.invalid("catalog.place.invalid", "a latitude and a longitude in decimal degrees are needed");
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("catalog.place.invalid", "not a number of degrees: " + text);
        }
    }

    /** The great-circle distance to {@code other} (haversine formula), rounded to the metre. */
    public long metresTo(Place other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /**
     * The fewest metres a degree of longitude spans anywhere within {@code metres} of this place (a degree shrinks
     * towards the poles), so that a store whose longitude differs by {@code d} degrees is at least {@code d} times
     * that far east or west. Empty near a pole or the 180th meridian (where longitudes wrap): no bound on
     * longitude is safe there.
     */
    public OptionalDouble metresPerDegreeOfLongitudeWithin(double metres) {
        double latitudeSpan = metres / METRES_PER_DEGREE;
        double farthestFromEquator = Math.abs(latitude) + latitudeSpan;
        if (farthestFromEquator >= 89) {
            return OptionalDouble.empty();
        }
        double perDegree = METRES_PER_DEGREE * Math.cos(Math.toRadians(farthestFromEquator));
        if (Math.abs(longitude) + metres / perDegree >= 180) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(perDegree);
    }
}
