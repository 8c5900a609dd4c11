package io.quartier.catalog.domain.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceTest {

    private static final Place NOTRE_DAME = new Place(48.8530, 2.3499);
    private static final Place BIG_BEN = new Place(51.5007, -0.1246);

    @Test
    void distanceIsTheGreatCircleDistance() {
        assertEquals(0, NOTRE_DAME.metresTo(NOTRE_DAME));
        assertEquals(111_195, new Place(0, 0).metresTo(new Place(1, 0)), "one degree along a meridian");
        long parisToLondon = NOTRE_DAME.metresTo(BIG_BEN);
        // 343,069.6 m by the spherical law of cosines, an independent formula on the same sphere.
        assertEquals(343_070, parisToLondon);
        assertEquals(parisToLondon, BIG_BEN.metresTo(NOTRE_DAME));
    }

    @Test
    void aPlaceOffTheEarthIsRefused() {
        for (double[] wrong : new double[][] {{90.01, 0}, {-91, 0}, {0, 180.5}, {0, -181}, {Double.NaN, 0},
                {0, Double.POSITIVE_INFINITY}}) {
            DomainException e = assertThrows(DomainException.class, () -> new Place(wrong[0], wrong[1]));
            assertEquals("catalog.place.invalid", e.code());
        }
        assertEquals(new Place(-90, 180), new Place(-90, 180), "the edges are places");
    }

    @Test
    void typedCoordinatesMustBeNumbers() {
        assertEquals(new Place(48.85, 2.35), Place.parse(" 48.85", "2.35 "));
        for (String[] wrong : new String[][] {{null, "2"}, {"48", ""}, {"abc", "2"}, {"NaN", "2"}, {"48", "Infinity"},
                {"1" + "0".repeat(40), "2"}, {"48,85", "2"}}) {
            DomainException e = assertThrows(DomainException.class, () -> Place.parse(wrong[0], wrong[1]));
            assertEquals("catalog.place.invalid", e.code());
        }
    }

    @Test
    void theLongitudeBoundKeepsEveryPointWithinTheDistance() {
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            Place centre = new Place(random.nextDouble() * 160 - 80, random.nextDouble() * 340 - 170);
            double metres = 100 + random.nextDouble() * 49_900;
            OptionalDouble perDegree = centre.metresPerDegreeOfLongitudeWithin(metres);
            if (perDegree.isEmpty()) {
                continue;
            }
            double bearing = random.nextDouble() * 2 * Math.PI;
            double reach = random.nextDouble() * metres;
            Place other = new Place(centre.latitude() + reach * Math.cos(bearing) / Place.METRES_PER_DEGREE,
                    centre.longitude() + reach * Math.sin(bearing) / perDegree.getAsDouble() * 0.99);
            if (centre.metresTo(other) <= metres) {
                assertTrue(Math.abs(other.longitude() - centre.longitude()) * perDegree.getAsDouble() <= metres + 1,
                        centre + " to " + other);
            }
        }
    }

    @Test
    void noLongitudeBoundNearAPoleOrTheDateLine() {
        assertTrue(new Place(88.9, 10).metresPerDegreeOfLongitudeWithin(50_000).isEmpty());
        assertTrue(new Place(-17.7, 179.9).metresPerDegreeOfLongitudeWithin(50_000).isEmpty(), "Fiji");
        double atTheEquator = new Place(0, 0).metresPerDegreeOfLongitudeWithin(1_000).orElseThrow();
        assertTrue(Math.abs(atTheEquator - Place.METRES_PER_DEGREE) < 1);
        double inParis = NOTRE_DAME.metresPerDegreeOfLongitudeWithin(50_000).orElseThrow();
        assertTrue(inParis < Place.METRES_PER_DEGREE * Math.cos(Math.toRadians(48.853)), "narrower north of Paris");
    }
}
