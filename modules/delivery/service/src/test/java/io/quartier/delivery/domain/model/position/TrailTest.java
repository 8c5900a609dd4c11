package io.quartier.delivery.domain.model.position;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrailTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final Trail trail = new Trail(Duration.ofSeconds(30), 50);

    @Test
    void keepsTheFirstPosition() {
        assertTrue(trail.keeps(null, at(48.86, 2.35, 0)));
    }

    @Test
    void dropsAPositionSoonAndNearTheLastKept() {
        assertFalse(trail.keeps(at(48.86, 2.35, 0), at(48.8601, 2.35, 5)));
    }

    @Test
    void keepsAPositionOnceThirtySecondsPassed() {
        assertTrue(trail.keeps(at(48.86, 2.35, 0), at(48.86, 2.35, 30)));
    }

    @Test
    void keepsAPositionFiftyMetresOn() {
        assertTrue(trail.keeps(at(48.86, 2.35, 0), at(48.8605, 2.35, 5)));
    }

    private static PositionReport at(double lat, double lon, long seconds) {
        return new PositionReport(lat, lon, NOW.plusSeconds(seconds));
    }
}
