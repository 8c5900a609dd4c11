package io.quartier.recommendation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.identity.api.event.AccountDeleted;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.recommendation.domain.model.preference.Chooser;
import io.quartier.recommendation.domain.model.suggestion.Reason;
import io.quartier.recommendation.domain.model.suggestion.Suggestion;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderHistoryAndRecommendationsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final InMemoryHistory memory = new InMemoryHistory();
    private final OrderHistory history = orderHistory(true);
    private final Recommendations recommendations = recommendations(true);

    @Test
    void suggestsWhatOtherCustomersOrderedWithTheCustomersProductsSayingWhy() {
        history.learn(order(10, 101, 105), NOW);
        history.learn(order(11, 101, 105), NOW);
        history.learn(order(1, 101), NOW);

        List<Suggestion> suggestions = recommendations.forCustomer(1, null, Set.of(1L), 10);

        assertEquals(List.of(new Suggestion(105, 1, "p105", Reason.BECAUSE_YOU_ORDERED, "p101")), suggestions);
        assertEquals(Set.of(1L, 10L, 11L), memory.locked, "each customer's orders are learnt one at a time");
    }

    @Test
    void orderingTheSameProductsAgainAddsNoPair() {
        history.learn(order(10, 101, 105), NOW);
        history.learn(order(10, 101, 105), NOW);

        assertEquals(2, memory.pairs.size(), "one pair, both ways, from the first order only");
    }

    @Test
    void nothingForACustomerWhoSaidNoNorWithoutStoresInView() {
        history.learn(order(10, 101, 105), NOW);
        history.learn(order(11, 101, 105), NOW);
        memory.choose(Chooser.CUSTOMER, 1, false);

        assertEquals(List.of(), recommendations.forCustomer(1, null, Set.of(1L), 10));
        assertTrue(recommendations.forCustomer(2, null, Set.of(), 10).isEmpty());
        assertEquals(Reason.POPULAR_HERE, recommendations.forCustomer(2, 1L, Set.of(), 10).get(0).reason());
    }

    @Test
    void switchedOffThePlatformNeitherLearnsNorSuggestsButStillForgetsADeletedAccount() {
        history.learn(order(10, 101, 105), NOW);
        history.learn(order(11, 101, 105), NOW);
        OrderHistory off = orderHistory(false);

        off.learn(order(12, 106), NOW);
        off.forget(new AccountDeleted(10));

        assertEquals(Set.of(), memory.productsOf(12));
        assertEquals(Set.of(), memory.productsOf(10), "a deleted account's orders are forgotten in any case");
        assertEquals(List.of(), recommendations(false).forCustomer(11, 1L, Set.of(), 10));
    }

    private OrderHistory orderHistory(boolean enabled) {
        OrderHistory h = new OrderHistory();
        h.history = memory;
        h.choices = memory;
        h.enabled = enabled;
        return h;
    }

    private Recommendations recommendations(boolean enabled) {
        Recommendations r = new Recommendations();
        r.history = memory;
        r.choices = memory;
        r.enabled = enabled;
        r.minCustomers = 2;
        return r;
    }

    private static OrderPlaced order(long customer, long... products) {
        return new OrderPlaced(customer * 1000 + products.length, customer, 1, 1, 1000, "EUR", 1, null,
                java.util.Arrays.stream(products).mapToObj(p -> new OrderPlaced.Line(p, "p" + p, 1)).toList());
    }
}
