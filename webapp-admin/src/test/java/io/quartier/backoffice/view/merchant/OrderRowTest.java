package io.quartier.backoffice.view.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderView.Line;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderRowTest {

    @Test
    void summarisesTheLinesInTheCatalogsWords() {
        OrderRow row = OrderRow.of(placed(List.of(new Line(11, "Croissant", 2, 150), new Line(12, "Baguette", 1, 120))),
                Locale.UK);

        assertEquals("2 × Croissant, 1 × Baguette", row.getLinesSummary());
    }

    @Test
    void showsTheAnswerDeadlineInUtc() {
        assertEquals(true, OrderRow.of(placed(List.of()), Locale.UK).getAcceptBy().contains("11:40"));
    }

    private static OrderView placed(List<Line> lines) {
        return new OrderView(7, 2, 3, 4, "Épicerie Nour", "PLACED", lines, 420, "EUR", "1 rue Oberkampf",
                Instant.parse("2026-11-24T11:30:00Z"), null, 9L, Instant.parse("2026-11-24T11:40:00Z"), null, null);
    }
}
