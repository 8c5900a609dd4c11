package io.quartier.promotion.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import io.quartier.promotion.domain.model.promotion.Basket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A basket no checkout sends is refused before any sum of it is taken, so a quote never overflows. */
class QuotesTest {

    @Test
    void refusesPricesNoStoreChargesACurrencyThatIsNoCodeAndAnUnknownZone() {
        List<Runnable> baskets = List.of(
                () -> basket("EUR", "Europe/Paris", 0, new Basket.Line(1, null, Long.MAX_VALUE, 1)),
                () -> basket("EUR", "Europe/Paris", 0, new Basket.Line(1, null, 4_611_686_018_427_387_904L, 999)),
                () -> basket("EUR", "Europe/Paris", Long.MAX_VALUE, new Basket.Line(1, null, 100, 1)),
                () -> basket("EUR", "Europe/Paris", 0, new Basket.Line(1, null, -1, 1)),
                () -> basket("EUR", "Europe/Paris", 0, new Basket.Line(1, null, 100, 1000)),
                () -> basket("x".repeat(5000), "Europe/Paris", 0, new Basket.Line(1, null, 100, 1)),
                () -> basket("EUR", "Mars/Olympus", 0, new Basket.Line(1, null, 100, 1)));
        for (Runnable basket : baskets) {
            DomainException refused = assertThrows(DomainException.class, basket::run);
            assertEquals("problem.promotion.basket", refused.code());
        }
    }

    @Test
    void aMillionEurosALineIsStillABasket() {
        assertEquals(100_000_000L, basket("EUR", "Europe/Paris", 100_000_000L,
                new Basket.Line(1, null, 100_000_000L, 999)).deliveryFeeMinor());
    }

    private static Basket basket(String currency, String zone, long feeMinor, Basket.Line line) {
        return Quotes.basket(1, 1, zone, currency, 1, false, feeMinor, List.of(line));
    }
}
