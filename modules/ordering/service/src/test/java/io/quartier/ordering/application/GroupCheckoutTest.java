package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.GroupPriceRequest;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.RejectionReason;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderGroupSettled;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.VatShare;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One basket of two stores: one checkout, one payment, one delivery, and each merchant's own part. */
class GroupCheckoutTest {

    private static final long BISTRO_MERCHANT = 7;
    private static final long BAKERY_MERCHANT = 8;

    private final Checkouts app = new Checkouts();

    @Test
    void twoStoresArePlacedAsTwoOrdersPaidWithOneHoldForTheirSumAndOneFeeAndTip() {
        GroupCheckout.Placement placed = place("k1", 300L);

        List<Order> parts = placed.parts();
        assertEquals(2, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.getStatus() == OrderStatus.PLACED));
        Order bistro = parts.get(0);
        Order bakery = parts.get(1);
        assertEquals(Money.of(2 * 890 + FakeCatalog.BAKERY_BASE_FEE + 300, "EUR"), bistro.total(),
                "the first part carries the one fee (the highest quoted) and the tip");
        assertEquals(Money.of(2 * 420, "EUR"), bakery.total(), "the other part: its lines only");
        Money sum = bistro.total().plus(bakery.total());
        assertEquals(sum, OrderGroup.total(parts));
        assertEquals(1, app.payments.groupHolds.size());
        assertEquals(sum, app.payments.groupHolds.get(placed.group().getId()), "one hold, for the sum of the parts");
        assertTrue(app.payments.holds.isEmpty(), "no hold per part");
        assertEquals(2, app.events.published.stream().filter(e -> e instanceof OrderPlaced).count());
        assertTrue(app.events.published.stream().filter(e -> e instanceof OrderPlaced)
                .allMatch(e -> ((OrderPlaced) e).paymentAuthorizationId() == placed.group().getPaymentAuthorizationId()));
    }

    @Test
    void aDeclinedPaymentPlacesNothingAndGivesBackTheStockOfEveryPart() {
        app.payments.answer = FakePayments.Answer.DECLINE;

        ProblemException declined = assertThrows(ProblemException.class, () -> place("k2", 0L));

        assertEquals(402, declined.status());
        List<Order> parts = app.orders.latest();
        assertEquals(2, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.getStatus() == OrderStatus.FAILED && p.getCompensatedAt() != null));
        assertTrue(app.catalog.held.isEmpty(), "the stock of both parts is given back");
        assertEquals(2, app.catalog.released.size());
        assertTrue(app.events.published.isEmpty(), "no OrderPlaced");
        assertThrows(ProblemException.class, () -> place("k2", 0L), "the same key answers the same failure");
    }

    @Test
    void theSameCheckoutAskedAgainAfterTheBanksChallengeIsANewGroupTakingTheChallengesAnswerOnce() {
        app.payments.answer = FakePayments.Answer.CHALLENGE;
        ProblemException asked = assertThrows(ProblemException.class, () -> place("k3", 0L));
        assertEquals(402, asked.status());
        assertEquals("problem.order.authenticationRequired", asked.code());
        assertTrue(asked.toProblem().errors().get("challengeUrl").toString().startsWith("/payment/sandbox/challenge"));
        OrderGroup challenged = app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "k3").orElseThrow();
        assertEquals(OrderStatus.FAILED, challenged.getStatus());
        assertTrue(app.catalog.held.isEmpty(), "the stock of both parts is given back while the bank waits");

        GroupCheckout.Placement placed = place("k3", 0L);
        GroupCheckout.Placement again = place("k3", 0L);

        assertNotEquals(challenged.getId(), placed.group().getId());
        assertEquals(OrderStatus.PLACED, placed.group().getStatus());
        assertEquals(-challenged.getId(), app.payments.authenticatedBy.get(-placed.group().getId()),
                "the new group's payment takes the answered challenge of the first");
        assertEquals(placed.group().getId(), again.group().getId(), "the key now answers with the placed group");
        assertEquals(1, app.payments.groupHolds.size(), "charged once");
        assertThrows(ProblemException.class, () -> place("k3", 300L), "another basket under the key is refused");
    }

    @Test
    void theSameKeyTwiceAtOnceMakesOneOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Long> attempt = () -> place("same", 100L).group().getId();
            List<Future<Long>> answers = pool.invokeAll(List.of(attempt, attempt, attempt, attempt));
            long first = answers.get(0).get();
            for (Future<Long> answer : answers) {
                assertEquals(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, app.orders.latest().size(), "one order of two parts");
        assertEquals(1, app.payments.groupHolds.size());
    }

    @Test
    void aKeyReusedForAnotherBasketIsRefusedAndAStoreTwiceIsInvalid() {
        place("k3", 0L);
        ProblemException reused = assertThrows(ProblemException.class, () -> place("k3", 500L));
        assertEquals(422, reused.status());

        PlaceGroupOrder twice = new PlaceGroupOrder(List.of(soup(), soup()), 3, "2 rue Y", null, null, null);
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> app.groupCheckout.place(Checkouts.CUSTOMER, "k4", twice));
        assertEquals("problem.orderGroup.storeTwice", invalid.code());
    }

    @Test
    void whenTheMerchantCarryingTheDeliveryRejectsTheOtherPartTakesFeeAndTipAndOnlyItIsCharged() {
        GroupCheckout.Placement placed = place("k5", 300L);
        Order bistro = placed.parts().get(0);
        Order bakery = placed.parts().get(1);
        Money authorised = OrderGroup.total(placed.parts());

        app.lifecycle.reject(bistro.getId(), BISTRO_MERCHANT, RejectionReason.OUT_OF_STOCK);

        OrderGroups.Grouped now = app.orderGroups.ofCustomer(placed.group().getId(), Checkouts.CUSTOMER);
        assertTrue(now.group().isChoicePending(now.parts()), "the customer is asked");
        assertEquals(Money.of(2 * 890, "EUR"), bistro.total(), "the rejected part keeps its lines, not the delivery");
        assertEquals(bakery.total(), now.group().charged(now.parts()), "only the part standing is charged");
        assertEquals(Money.of(2 * 420 + FakeCatalog.BAKERY_BASE_FEE + 300, "EUR"), bakery.total());
        assertEquals(authorised, OrderGroup.total(now.parts()), "no cent lost or made by the hand-over");

        app.orderGroups.goOn(placed.group().getId(), Checkouts.CUSTOMER);
        DomainException twice = assertThrows(DomainException.class,
                () -> app.orderGroups.goOn(placed.group().getId(), Checkouts.CUSTOMER));
        assertEquals("problem.orderGroup.noChoice", twice.code());

        deliver(bakery);
        OrderGroupSettled settled = settledEvent();
        assertEquals(List.of(new OrderGroupSettled.Delivered(bakery.getId(), BAKERY_MERCHANT, 20,
                bakery.total().getAmountMinor())), settled.delivered());
        assertEquals(placed.group().getPaymentAuthorizationId(), settled.paymentAuthorizationId());
    }

    @Test
    void bothDeliveredSettlesOnceWithBothParts() {
        GroupCheckout.Placement placed = place("k6", 0L);
        deliver(placed.parts().get(0));
        assertTrue(app.events.published.stream().noneMatch(e -> e instanceof OrderGroupSettled), "one part still on its way");
        deliver(placed.parts().get(1));

        OrderGroupSettled settled = settledEvent();
        assertEquals(OrderGroup.total(placed.parts()).getAmountMinor(), settled.delivered().stream()
                .mapToLong(OrderGroupSettled.Delivered::totalMinor).sum(), "the whole hold is taken");
    }

    @Test
    void cancellingEverythingCancelsTheOtherPartAndReleasesTheWholeHoldButNotOnceAMerchantAccepted() {
        GroupCheckout.Placement placed = place("k7", 0L);
        long groupId = placed.group().getId();
        app.lifecycle.reject(placed.parts().get(1).getId(), BAKERY_MERCHANT, RejectionReason.CLOSING_SOON);

        app.orderGroups.cancel(groupId, Checkouts.CUSTOMER);

        assertEquals(OrderStatus.CANCELLED, placed.parts().get(0).getStatus());
        assertEquals(1, app.events.published.stream().filter(e -> e instanceof OrderCancelled).count());
        assertTrue(settledEvent().delivered().isEmpty(), "nothing delivered: payment releases it all");
        assertThrows(DomainException.class, () -> app.orderGroups.cancel(groupId, Checkouts.CUSTOMER),
                "choosing twice changes nothing");

        GroupCheckout.Placement other = place("k8", 0L);
        app.lifecycle.accept(other.parts().get(0).getId(), BISTRO_MERCHANT, 10);
        DomainException accepted = assertThrows(DomainException.class,
                () -> app.orderGroups.cancel(other.group().getId(), Checkouts.CUSTOMER));
        assertEquals("problem.order.alreadyAccepted", accepted.code());
    }

    @Test
    void anotherCustomersGroupIsNotFound() {
        GroupCheckout.Placement placed = place("k9", 0L);
        long groupId = placed.group().getId();
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> app.orderGroups.ofCustomer(groupId, 99)).kind());
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> app.orderGroups.cancel(groupId, 99)).kind());
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> app.orderGroups.goOn(groupId, 99)).kind());
    }

    private void deliver(Order part) {
        if (part.getStatus() == OrderStatus.PLACED) {
            app.lifecycle.accept(part.getId(), part.getMerchantId(), 10);
        }
        app.lifecycle.pickedUp(part.getId(), 20);
        app.lifecycle.delivered(part.getId());
    }

    private OrderGroupSettled settledEvent() {
        List<OrderGroupSettled> settled = app.events.published.stream().filter(e -> e instanceof OrderGroupSettled)
                .map(e -> (OrderGroupSettled) e).toList();
        assertEquals(1, settled.size(), "settled once");
        return settled.get(0);
    }

    @Test
    void theQuoteIsWhatPlacingChargesWithEachStoresLinesAndTheirVatAndNothingIsHeld() {
        GroupCheckout.Quote quote = app.groupCheckout.quote(Checkouts.CUSTOMER, new GroupPriceRequest(List.of(soup(),
                new PlaceGroupOrder.Part(FakeCatalog.BAKERY, List.of(new PlaceOrder.Line(FakeCatalog.CAKE, 2)))),
                null, null, 300L));

        assertTrue(app.orders.latest().isEmpty(), "nothing is written");
        assertTrue(app.catalog.held.isEmpty() && app.payments.groupHolds.isEmpty(), "nothing is held");
        assertEquals(Money.of(2 * 890 + FakeCatalog.BAKERY_BASE_FEE + 300, "EUR"), quote.parts().get(0).total());
        assertEquals(Money.of(2 * 420, "EUR"), quote.parts().get(1).total());
        assertEquals(OrderGroup.total(quote.parts()), OrderGroup.total(place("k9", 300L).parts()));
        assertEquals(List.of(2 * 890L), quote.linesVat().get(0).stream().map(VatShare::grossMinor).toList(),
                "a store's VAT is its lines', without the fee");
        assertThrows(ProblemException.class, () -> app.groupCheckout.quote(Checkouts.CUSTOMER,
                new GroupPriceRequest(List.of(soup(), soup()), null, null, 0L)));
    }

    private GroupCheckout.Placement place(String key, long tip) {
        return app.groupCheckout.place(Checkouts.CUSTOMER, key, new PlaceGroupOrder(List.of(soup(),
                new PlaceGroupOrder.Part(FakeCatalog.BAKERY, List.of(new PlaceOrder.Line(FakeCatalog.CAKE, 2)))),
                3, "2 rue Y", null, null, tip));
    }

    private static PlaceGroupOrder.Part soup() {
        return new PlaceGroupOrder.Part(FakeCatalog.STORE, List.of(new PlaceOrder.Line(FakeCatalog.SOUP, 2)));
    }
}
