package io.quartier.shop.view.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ordering.api.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderRowTest {

    private final OrderView order = new OrderView(1001, 2, 1, 1, "Chez Marcel", "PLACED",
            List.of(new OrderView.Line(11, "Croissant", 2, 150, 0), new OrderView.Line(12, "Baguette", 1, 120, 0)),
            420, "GBP", "8 Camden High Street", Instant.parse("2026-11-24T11:30:00Z"), null, 7L,
            Instant.parse("2026-11-24T11:40:00Z"), null, null, null, null, "8 Camden High Street", null, null, 420, 0, 0,
            List.of(), null);

    @Test
    void formatsAmountsForTheReader() {
        OrderRow row = OrderRow.of(order, Locale.UK);

        assertEquals("£4.20", row.getTotal());
        assertEquals("£3.00", row.getLines().get(0).getAmount());
    }

    @Test
    void showsThePlacingTimeInUtc() {
        assertEquals(true, OrderRow.of(order, Locale.UK).getPlacedAt().contains("11:30"));
    }
}
