package io.quartier.delivery.infrastructure.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreatCircleRoutingTest {

    private static final GeoPoint NOTRE_DAME = new GeoPoint(48.852968, 2.349902);
    private static final GeoPoint EIFFEL_TOWER = new GeoPoint(48.858370, 2.294481);

    @Test
    void stretchesTheGreatCircleByTheRoadFactorAndDrivesAtTheVehiclesSpeed() {
        TravelMatrix matrix = new GreatCircleRouting(1.3).matrix(List.of(NOTRE_DAME, EIFFEL_TOWER), 5);

        // 4.1 km as the crow flies between the two
        assertEquals(4110 * 1.3, matrix.meters(0, 1), 15);
        assertEquals(matrix.meters(0, 1) / 5, matrix.seconds(0, 1), 1e-9);
        assertEquals(matrix.meters(0, 1), matrix.meters(1, 0), 1e-9);
        assertEquals(0, matrix.meters(1, 1), 1e-9);
    }

    @Test
    void refusesARoadShorterThanTheStraightLine() {
        assertThrows(IllegalArgumentException.class, () -> new GreatCircleRouting(0.9));
    }
}
