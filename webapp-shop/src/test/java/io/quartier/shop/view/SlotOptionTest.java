package io.quartier.shop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.catalog.api.DeliverySlotView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The times a basket of several stores offers: those every store offers, on the first store's clock. */
class SlotOptionTest {

    private static final Instant NOON = Instant.parse("2026-12-01T11:00:00Z");

    @Test
    void onlyTheSlotsEveryStoreOffersAreChoicesLabelledOnTheFirstStoresClock() {
        List<DeliverySlotView> bistro = List.of(slot(NOON, "12:00"), slot(NOON.plusSeconds(900), "12:15"),
                slot(NOON.plusSeconds(1800), "12:30"));
        List<DeliverySlotView> cheese = List.of(slot(NOON.plusSeconds(900), "13:15"), slot(NOON.plusSeconds(1800), "13:30"));
        List<DeliverySlotView> bakery = List.of(slot(NOON, "12:00"), slot(NOON.plusSeconds(1800), "12:30"));

        List<SlotOption> common = SlotOption.common(List.of(bistro, cheese, bakery));

        assertEquals(List.of(NOON.plusSeconds(1800).toString()), common.stream().map(SlotOption::getValue).toList());
        assertEquals("12:30", common.get(0).getLabel(), "the first store's clock, not another's");
        assertEquals(List.of(), SlotOption.common(List.of(bistro, List.of())), "a store offering none: no later time");
    }

    @Test
    void aDayOnOneClockIsAskedOfAStoreOnAnotherClockForEachOfItsDaysItOverlaps() {
        LocalDate day = LocalDate.parse("2026-12-01");
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals(List.of(day), BasketView.datesOverlapping(day, paris, paris));
        assertEquals(List.of(day.minusDays(1), day), BasketView.datesOverlapping(day, paris, ZoneId.of("America/New_York")));
        assertEquals(List.of(day, day.plusDays(1)), BasketView.datesOverlapping(day, paris, ZoneId.of("Asia/Tokyo")));
    }

    private static DeliverySlotView slot(Instant start, String localTime) {
        return new DeliverySlotView(start, start.plusSeconds(900), localTime, "+01:00", start.minusSeconds(1800), null);
    }
}
