package io.quartier.delivery.infrastructure.grid;

import io.quartier.delivery.domain.model.position.LivePosition;
import io.quartier.delivery.domain.model.position.PositionReport;
import java.time.Instant;

/**
 * A courier's live position as the grid keeps it: {@code latitude;longitude;instant} of the last report, then
 * {@code |} and the same for the last one kept in the trail (empty when none). Numbers and instants are written so
 * that reading them gives back exactly what was written.
 */
final class PositionText {

    private PositionText() {
    }

    static String write(LivePosition position) {
        return report(position.last()) + "|" + (position.lastKept() == null ? "" : report(position.lastKept()));
    }

    static LivePosition read(long courierId, String text) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a live position: " + text);
        }
        String kept = text.substring(bar + 1);
        return new LivePosition(courierId, report(text.substring(0, bar)), kept.isEmpty() ? null : report(kept));
    }

    private static String report(PositionReport report) {
        return report.latitude() + ";" + report.longitude() + ";" + report.at();
    }

    private static PositionReport report(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a position report: " + text);
        }
        return new PositionReport(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Instant.parse(parts[2]));
    }
}
