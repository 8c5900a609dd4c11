package io.quartier.backoffice.view.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderView.Line;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderRowTest {

    @Test
    void summarisesTheLinesInTheCatalogsWords() {
        OrderRow row = OrderRow.of(placed(List.of(new Line(11, "Croissant", 2, 150, 550),
                new Line(12, "Baguette", 1, 120, 550))),
                Locale.UK);

        assertEquals("2 × Croissant, 1 × Baguette", row.getLinesSummary());
    }

    @Test
    void tellsTheStoresPartFromTheFeeTheTipAndTheDiscount() {
        OrderView paid = new OrderView(7, 2, 3, 4, "Épicerie Nour", "PLACED", List.of(), 1_500, "EUR", "1 rue Oberkampf",
                Instant.parse("2026-11-24T11:30:00Z"), null, 9L, Instant.parse("2026-11-24T11:40:00Z"), null, null,
                null, null, "3 rue Oberkampf", "FR", "Europe/Paris", 1_250, 299, 200, List.of(), null,
                List.of(new OrderView.Discount(1, "COUPON", "WELCOME10", "PLATFORM", 249)), 249);
        OrderRow row = OrderRow.of(paid, Locale.UK);
        assertEquals(List.of("€15.00", "€12.50", "€2.99", "€2.00", "€2.49", true),
                List.of(row.getTotal(), row.getItems(), row.getDeliveryFee(), row.getTip(), row.getDiscount(),
                        row.isDiscounted()));
        assertEquals(false, OrderRow.of(placed(List.of()), Locale.UK).isDiscounted());
    }

    @Test
    void showsTheAnswerDeadlineOnTheStoresClockWithItsZone() {
        assertEquals("24 Nov 2026, 12:40 CET", OrderRow.of(placed(List.of()), Locale.UK).getAcceptBy(),
                "11:40 UTC is 12:40 in Paris in November");
    }

    @Test
    void offersTheKitchensStepsThatFitTheOrdersStatus() {
        OrderRow placed = OrderRow.of(in("PLACED"), Locale.UK);
        assertEquals(List.of(true, false, false, false, false), steps(placed));
        assertEquals("2026-11-24T11:40:00Z", placed.getAcceptByInstant());
        assertEquals(List.of(false, true, true, true, false), steps(OrderRow.of(in("ACCEPTED"), Locale.UK)));
        assertEquals(List.of(false, false, true, true, false), steps(OrderRow.of(in("IN_PREPARATION"), Locale.UK)));
        assertEquals(List.of(false, false, false, true, false), steps(OrderRow.of(in("READY"), Locale.UK)));
        for (String over : List.of("PICKED_UP", "DELIVERED", "REJECTED", "CANCELLED")) {
            assertEquals(List.of(false, false, false, false, true), steps(OrderRow.of(in(over), Locale.UK)), over);
        }
    }

    @Test
    void isForTheDayOfItsSlotOrElseOfItsPlacingOnTheStoresClock() {
        OrderRow asap = OrderRow.of(placed(List.of()), Locale.UK);
        assertEquals(true, asap.isOn(LocalDate.parse("2026-11-24")));
        assertEquals(false, asap.isOn(LocalDate.parse("2026-11-25")));
        OrderView lateInParis = new OrderView(8, 2, 3, 4, "Épicerie Nour", "SCHEDULED", List.of(), 420, "EUR",
                "1 rue Oberkampf", Instant.parse("2026-11-24T11:30:00Z"), null, 9L, null, null, null, null, null,
                "3 rue Oberkampf", "FR", "Europe/Paris", 420, 0, 0, List.of(), Instant.parse("2026-11-25T23:15:00Z"));
        assertEquals(true, OrderRow.of(lateInParis, Locale.UK).isOn(LocalDate.parse("2026-11-26")),
                "23:15 UTC is past midnight in Paris: the slot's day there");
    }

    /** awaiting an answer, may start preparing, may say ready, has a ticket, is done. */
    private static List<Boolean> steps(OrderRow row) {
        return List.of(row.isAwaitingAnswer(), row.isAccepted(), row.isInKitchen(), row.isTicketed(), row.isDone());
    }

    private static OrderView placed(List<Line> lines) {
        return new OrderView(7, 2, 3, 4, "Épicerie Nour", "PLACED", lines, 420, "EUR", "1 rue Oberkampf",
                Instant.parse("2026-11-24T11:30:00Z"), null, 9L, Instant.parse("2026-11-24T11:40:00Z"), null, null,
                null, null, "3 rue Oberkampf", "FR", "Europe/Paris", 420, 0, 0, List.of(), null);
    }

    private static OrderView in(String status) {
        return new OrderView(7, 2, 3, 4, "Épicerie Nour", status, List.of(), 420, "EUR", "1 rue Oberkampf",
                Instant.parse("2026-11-24T11:30:00Z"), null, 9L, Instant.parse("2026-11-24T11:40:00Z"), null, null,
                15, Instant.parse("2026-11-24T11:50:00Z"), "3 rue Oberkampf", "FR", "Europe/Paris", 420, 0, 0, List.of(), null);
    }
}
