package io.quartier.shop.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.PlaceOrder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasketTest {

    private final Basket basket = new Basket();

    @Test
    void anOrderForASlotCarriesItsStartAndIsAnotherCheckoutThanOneForNow() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        Instant noon = Instant.parse("2026-11-29T11:00:00Z");
        assertEquals(noon, basket.toOrder(7, "Paris", null, null, 0, noon).scheduledFor());
        assertNotEquals(basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, null)),
                basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, noon)));
    }

    @Test
    void addingTheSameProductTwiceCountsTwo() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        basket.add(1, "Chez Marcel", "EUR", 12, "Baguette", 120);

        assertEquals(3, basket.getCount());
        assertEquals(Money.of(420, "EUR"), basket.total());
        assertEquals(new PlaceOrder(1, List.of(new PlaceOrder.Line(11, 2), new PlaceOrder.Line(12, 1)), 7, "Paris",
                48.88, 2.34, 200L, null), basket.toOrder(7, "Paris", 48.88, 2.34, 200, null));
    }

    @Test
    void aProductOfAnotherStoreReplacesTheBasket() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);

        assertTrue(basket.add(2, "Camden Deli", "GBP", 21, "Bagel", 250));
        assertEquals(Long.valueOf(2), basket.getStoreId());
        assertEquals(1, basket.getCount());
        assertEquals(Money.of(250, "GBP"), basket.total());
    }

    @Test
    void decreasingTheLastOneRemovesTheLine() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        basket.increase("11");
        basket.decrease("11");
        basket.decrease("11");

        assertTrue(basket.isEmpty());
        assertEquals(null, basket.getStoreId());
    }

    @Test
    void aRetryOfTheSameOrderKeepsItsIdempotencyKey() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        PlaceOrder order = basket.toOrder(7, "Paris", null, null, 0, null);

        assertEquals(basket.checkoutKey(order), basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, null)));
    }

    @Test
    void aChangedOrderGetsANewIdempotencyKey() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        String first = basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, null));

        assertNotEquals(first, basket.checkoutKey(basket.toOrder(8, "Paris", null, null, 0, null)));
        basket.increase("11");
        assertNotEquals(first, basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, null)));
    }

    @Test
    void anEmptiedBasketStartsAFreshCheckout() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        String first = basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, null));
        basket.clear();
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);

        assertNotEquals(first, basket.checkoutKey(basket.toOrder(7, "Paris", null, null, 0, null)));
    }

    @Test
    void quantityStopsAtTheMaximumOrderingAccepts() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        for (int i = 0; i < 200; i++) {
            basket.increase("11");
        }
        assertEquals(Basket.MAX_QUANTITY, basket.getCount());
        assertFalse(basket.isEmpty());
    }

    @Test
    void theSameProductWithOtherOptionsIsAnotherLineAndTheOrderCarriesTheOptions() {
        basket.add(1, "Chez Marcel", "EUR", 102, List.of(12L), "Soup (Large)", 1190);
        basket.add(1, "Chez Marcel", "EUR", 102, List.of(11L), "Soup (Bowl)", 890);
        basket.add(1, "Chez Marcel", "EUR", 102, List.of(12L), "Soup (Large)", 1190);

        assertEquals(2, basket.getLines().size());
        assertEquals(Money.of(2 * 1190 + 890, "EUR"), basket.total());
        assertEquals(List.of(new PlaceOrder.Line(102, 2, List.of(12L)), new PlaceOrder.Line(102, 1, List.of(11L))),
                basket.toOrder(7, "Paris", null, null, 0, null).lines());
        basket.remove("102:12");
        assertEquals(List.of("102:11"), basket.getLines().stream().map(BasketLine::getKey).toList());
    }
}
