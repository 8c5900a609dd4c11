package io.quartier.shop.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.api.OptionGroupView;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreMenu;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.ordering.api.CartLine;
import java.util.Map;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasketTest {

    /** What ordering was last asked to keep. */
    private List<CartLine> kept = List.of();

    private final Basket basket = new Basket();

    {
        basket.kept = new KeptBasket() {
            @Override
            void keep(List<CartLine> lines) {
                kept = lines;
            }
        };
    }

    @Test
    void everyChangeIsKeptWithTheOptionsChosen() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        basket.add(1, "Chez Marcel", "EUR", 30, List.of(302L, 301L), "Pizza (Large, Olives)", 1400);
        basket.increase("11");
        assertEquals(List.of(new CartLine(1L, 11L, List.of(), 2), new CartLine(1L, 30L, List.of(301L, 302L), 1)), kept);

        basket.remove("11");
        assertEquals(List.of(new CartLine(1L, 30L, List.of(301L, 302L), 1)), kept);
        basket.decrease("30:301-302");
        assertEquals(List.of(), kept, "the emptied basket is kept empty");
    }

    @Test
    void aKeptBasketComesBackNamedAndPricedAsTheCatalogSaysNowWithoutWhatItNoLongerSells() {
        OptionGroupView sizes = new OptionGroupView(5, "Size", Map.of(), 1, 1,
                List.of(new OptionGroupView.Option(301, "Large", Map.of(), 300)));
        StoreMenu menu = new StoreMenu(new StoreView(1, 9, "Marcel", "RESTAURANT", "Chez Marcel", "Paris", "FR", "EUR",
                "Europe/Paris", "fr", 48.8, 2.3, "OPEN", null, null, null, null), List.of(),
                List.of(product(11, "Croissant", 160, List.of()), product(30, "Pizza", 1100, List.of(sizes))));

        KeptBasket.restore(basket, menu, List.of(new CartLine(1L, 11L, List.of(), 3), new CartLine(1L, 30L, List.of(301L), 2),
                new CartLine(1L, 30L, List.of(399L), 1), new CartLine(1L, 77L, List.of(), 1)));

        assertEquals(List.of("Croissant", "Pizza (Large)"), basket.getLines().stream().map(BasketLine::getName).toList());
        assertEquals(5, basket.getCount());
        assertEquals(Money.of(3 * 160 + 2 * 1400, "EUR"), basket.total());
        assertEquals("Chez Marcel", basket.getStoreName());
        assertEquals(List.of(), kept, "restoring sends nothing back");
    }

    private static ProductView product(long id, String name, long price, List<OptionGroupView> options) {
        return new ProductView(id, 1, 9, name, null, price, "EUR", 1000, true, null, null, null, List.of(), List.of(),
                options, null);
    }

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
    void productsOfSeveralStoresMakeOneSectionEachAndOneMultiStoreOrderKeptWithTheirStores() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        assertEquals(Basket.Added.ADDED, basket.add(3, "Fromagerie", "EUR", 302, "Camembert", 690));
        basket.add(1, "Chez Marcel", "EUR", 12, "Baguette", 120);

        assertTrue(basket.isSeveralStores());
        assertEquals(List.of("Chez Marcel", "Fromagerie"), basket.getStores().stream().map(BasketStore::getName).toList());
        assertEquals(Money.of(270, "EUR"), basket.getStores().get(0).subtotal());
        assertEquals(Money.of(960, "EUR"), basket.total());
        assertEquals("store:1 store:3", basket.getLiveTopics());
        assertEquals(new PlaceGroupOrder(List.of(
                        new PlaceGroupOrder.Part(1, List.of(new PlaceOrder.Line(11, 1), new PlaceOrder.Line(12, 1))),
                        new PlaceGroupOrder.Part(3, List.of(new PlaceOrder.Line(302, 1)))), 7, "Paris", 48.88, 2.34, 200L),
                basket.toGroupOrder(7, "Paris", 48.88, 2.34, 200, null, null));
        assertEquals(List.of(new CartLine(1L, 11L, List.of(), 1), new CartLine(3L, 302L, List.of(), 1),
                new CartLine(1L, 12L, List.of(), 1)), kept);

        basket.remove("302");
        assertFalse(basket.isSeveralStores(), "a store whose last line goes leaves the basket");
        assertEquals(List.of(1L), basket.getStores().stream().map(BasketStore::getStoreId).toList());
    }

    @Test
    void aSixthStoreOrAnotherCurrencyIsRefusedAndTheBasketStaysAsItWas() {
        for (long store = 1; store <= Basket.MAX_STORES; store++) {
            assertEquals(Basket.Added.ADDED, basket.add(store, "Store " + store, "EUR", 100 + store, "P", 100));
        }
        assertEquals(Basket.Added.TOO_MANY_STORES, basket.add(6, "Sixth", "EUR", 106, "P", 100));
        assertEquals(Basket.Added.ADDED, basket.add(5, "Store 5", "EUR", 205, "Q", 100), "a store already in it");
        assertEquals(Basket.MAX_STORES, basket.getStores().size());
        basket.clear();

        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        assertEquals(Basket.Added.OTHER_CURRENCY, basket.add(2, "Camden Deli", "GBP", 21, "Bagel", 250));
        assertEquals(Long.valueOf(1), basket.getStoreId());
        assertEquals(1, basket.getCount());
    }

    @Test
    void keptLinesOfASixthStoreOrAnotherCurrencyAreLeftOutAndNamedWithWhy() {
        for (long store = 1; store <= Basket.MAX_STORES; store++) {
            assertEquals(Optional.empty(), KeptBasket.restore(basket, menu(store, "Store " + store, "EUR"),
                    List.of(new CartLine(store, store * 100, List.of(), 1))));
        }
        List<CartLine> sixth = List.of(new CartLine(6L, 600L, List.of(), 2), new CartLine(6L, 601L, List.of(), 1),
                new CartLine(6L, 999L, List.of(), 1));
        KeptBasket.LeftOut tooMany = KeptBasket.restore(basket, menu(6, "Sixth", "EUR"), sixth).orElseThrow();
        assertEquals(Basket.Added.TOO_MANY_STORES, tooMany.why());
        assertEquals(List.of("Product 600", "Product 601"), tooMany.products(), "what the catalog no longer sells aside");
        assertEquals(sixth.subList(0, 2), tooMany.lines());
        assertEquals("Sixth", tooMany.storeName());

        basket.clear();
        KeptBasket.restore(basket, menu(1, "Chez Marcel", "EUR"), List.of(new CartLine(1L, 100L, List.of(), 1)));
        KeptBasket.LeftOut otherCurrency = KeptBasket.restore(basket, menu(2, "Camden Greens", "GBP"),
                List.of(new CartLine(2L, 200L, List.of(), 3))).orElseThrow();
        assertEquals(Basket.Added.OTHER_CURRENCY, otherCurrency.why());
        assertEquals("GBP", otherCurrency.currency());
        assertEquals(List.of("Product 200"), otherCurrency.products());
        assertEquals(List.of(Long.valueOf(1)), basket.getStores().stream().map(BasketStore::getStoreId).toList());
        assertEquals(1, basket.getCount());
    }

    /** A store's menu selling products {@code store * 100} and {@code store * 100 + 1}. */
    private static StoreMenu menu(long store, String name, String currency) {
        return new StoreMenu(new StoreView(store, store, name, "RESTAURANT", name, "Somewhere", "FR", currency,
                "Europe/Paris", "fr", 48.8, 2.3, "OPEN", null, null, null, null), List.of(),
                List.of(new ProductView(store * 100, store, store, "Product " + store * 100, null, 500, currency, 1000,
                                true, null, null, null, List.of(), List.of(), List.of(), null),
                        new ProductView(store * 100 + 1, store, store, "Product " + (store * 100 + 1), null, 700,
                                currency, 1000, true, null, null, null, List.of(), List.of(), List.of(), null)));
    }

    @Test
    void aCheckoutWithoutAnAnswerIsRememberedWithItsKindUntilAskedForAndOnlyTheLastOne() {
        assertEquals(Optional.empty(), basket.takeUnsure());

        basket.groupCheckoutUnsure("g-1");
        assertEquals(Optional.of(new Basket.UnsureCheckout("g-1", true)), basket.takeUnsure());
        assertEquals(Optional.empty(), basket.takeUnsure(), "forgotten once asked for");

        basket.checkoutUnsure("o-1");
        basket.groupCheckoutUnsure("g-2");
        Basket.UnsureCheckout last = basket.takeUnsure().orElseThrow();
        assertEquals(new Basket.UnsureCheckout("g-2", true), last);

        basket.stillUnsure(last);
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        basket.clear();
        assertEquals(Optional.of(last), basket.takeUnsure(), "still unsure: kept, even once the basket is emptied");

        basket.groupCheckoutUnsure("g-3");
        basket.checkoutUnsure("o-2");
        assertEquals(Optional.of(new Basket.UnsureCheckout("o-2", false)), basket.takeUnsure());
    }

    @Test
    void aRetryOfTheSameMultiStoreBasketKeepsItsKeyAndAChangeGetsANewOne() {
        basket.add(1, "Chez Marcel", "EUR", 11, "Croissant", 150);
        basket.add(3, "Fromagerie", "EUR", 302, "Camembert", 690);
        String first = basket.checkoutKey(basket.toGroupOrder(7, "Paris", null, null, 0, null, null));

        assertEquals(first, basket.checkoutKey(basket.toGroupOrder(7, "Paris", null, null, 0, null, null)));
        Instant slot = Instant.parse("2026-12-01T11:00:00Z");
        String forSlot = basket.checkoutKey(basket.toGroupOrder(7, "Paris", null, null, 0, slot, null));
        assertNotEquals(first, forSlot, "another time is another order");
        assertNotEquals(forSlot, basket.checkoutKey(basket.toGroupOrder(7, "Paris", null, null, 0,
                slot.plusSeconds(900), null)));
        assertNotEquals(forSlot, basket.checkoutKey(basket.toGroupOrder(7, "Paris", null, null, 0, slot, "SAVE3")),
                "with a coupon is another order");
        basket.increase("302");
        assertNotEquals(first, basket.checkoutKey(basket.toGroupOrder(7, "Paris", null, null, 0, null, null)));
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
