package io.quartier.delivery.domain.model.position;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.kernel.domain.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlausibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final List<GeoPoint> PARIS_STORE = List.of(new GeoPoint(48.8566, 2.3522));
    private final Plausibility rules = new Plausibility(100, 150);

    @Test
    void acceptsAFirstPositionInTown() {
        assertDoesNotThrow(() -> rules.check(null, at(48.86, 2.35, 0), PARIS_STORE));
    }

    @Test
    void refusesAPositionFarFromEveryStore() {
        DomainException refused = assertThrows(DomainException.class,
                () -> rules.check(null, at(45.76, 4.83, 0), PARIS_STORE));
        assertEquals("problem.position.outsideZone", refused.code());
    }

    @Test
    void acceptsAnywhereWhileNoStoreIsKnown() {
        assertDoesNotThrow(() -> rules.check(null, at(0, 0, 0), List.of()));
    }

    @Test
    void refusesAJumpFasterThanAnyCourier() {
        // About 5.6 km in 60 s: 335 km/h.
        DomainException refused = assertThrows(DomainException.class,
                () -> rules.check(at(48.86, 2.35, 0), at(48.91, 2.35, 60), PARIS_STORE));
        assertEquals("problem.position.tooFast", refused.code());
    }

    @Test
    void acceptsABikeRideAndGpsJitter() {
        // About 1.1 km in 4 minutes (17 km/h), then 100 m in the same second (phone noise).
        assertDoesNotThrow(() -> rules.check(at(48.86, 2.35, 0), at(48.87, 2.35, 240), PARIS_STORE));
        assertDoesNotThrow(() -> rules.check(at(48.86, 2.35, 0), at(48.8609, 2.35, 0), PARIS_STORE));
    }

    @Test
    void refusesMissingNanAndOutOfRangeNumbers() {
        for (Double[] bad : new Double[][] {{null, 2.35}, {48.86, null}, {Double.NaN, 2.35},
                {48.86, Double.POSITIVE_INFINITY}, {91.0, 2.35}, {48.86, -180.5}, {1e308, 1e308}}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> PositionReport.of(bad[0], bad[1], NOW));
            assertEquals("problem.position.invalid", refused.code());
        }
    }

    private static PositionReport at(double lat, double lon, long seconds) {
        return new PositionReport(lat, lon, NOW.plusSeconds(seconds));
    }
}
