package io.quartier.delivery.infrastructure.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.delivery.domain.model.position.LivePosition;
import io.quartier.delivery.domain.model.position.PositionReport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the grid keeps of a live position reads back as exactly what was kept. */
class PositionTextTest {

    @Test
    void aPositionAndItsLastKeptReportReadBackExactly() {
        LivePosition position = new LivePosition(7, new PositionReport(48.856613, 2.352222, Instant.parse(
                "2026-11-29T12:00:01.123456789Z")), new PositionReport(-33.868820, 151.209290, Instant.EPOCH));

        assertEquals(position, PositionText.read(7, PositionText.write(position)));
    }

    @Test
    void aPositionWithNothingKeptYetReadsBackWithout() {
        LivePosition position = new LivePosition(8, new PositionReport(0.1 + 0.2, -180, Instant.parse(
                "2026-03-29T01:59:59Z")), null);

        assertEquals(position, PositionText.read(8, PositionText.write(position)));
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PositionText.read(1, "48.8;2.3"));
        assertThrows(IllegalArgumentException.class, () -> PositionText.read(1, "48.8;2.3|"));
    }
}
