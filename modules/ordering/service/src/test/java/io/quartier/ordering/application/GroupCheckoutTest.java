package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.api.DeliverySlotView;
import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.GroupPriceRequest;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.api.RejectionReason;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderGroupSettled;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.api.event.OrderReleased;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.VatShare;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void aRetryAfterTheChallengeRefusedBeforeItBeganLeavesTheAnsweredChallengeToTheNextOne() {
        app.payments.answer = FakePayments.Answer.CHALLENGE;
        assertThrows(ProblemException.class, () -> place("k7", 0L));
        OrderGroup challenged = app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "k7").orElseThrow();
        PlaceGroupOrder stale = new PlaceGroupOrder(List.of(soup(),
                new PlaceGroupOrder.Part(FakeCatalog.BAKERY, List.of(new PlaceOrder.Line(FakeCatalog.CAKE, 2)))),
                3, "2 rue Y", null, null, 0L).expecting(1L);

        ProblemException changed = assertThrows(ProblemException.class,
                () -> app.groupCheckout.place(Checkouts.CUSTOMER, "k7", stale));
        assertEquals("problem.order.priceChanged", changed.code());
        assertEquals(challenged.getId(), app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "k7").orElseThrow().getId(),
                "the failed group keeps the key while nothing took it over");

        GroupCheckout.Placement placed = place("k7", 0L);
        assertEquals(OrderStatus.PLACED, placed.group().getStatus(), "not a new challenge");
        assertEquals(-challenged.getId(), app.payments.authenticatedBy.get(-placed.group().getId()));
    }

    @Test
    void theSameCheckoutAskedAgainSeveralTimesAtOnceAfterTheChallengeIsOneGroupTakingTheAnswer() throws Exception {
        app.payments.answer = FakePayments.Answer.CHALLENGE;
        assertThrows(ProblemException.class, () -> place("k6", 0L));
        long challenged = app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "k6").orElseThrow().getId();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> answers;
        try {
            Callable<Long> attempt = () -> place("k6", 0L).group().getId();
            answers = pool.invokeAll(java.util.Collections.nCopies(8, attempt));
        } finally {
            pool.shutdownNow();
        }
        long placed = answers.get(0).get();
        for (Future<Long> answer : answers) {
            assertEquals(placed, answer.get(), "every request finds the failed group or the new one, never neither"
                    + " (which would ask the bank again)");
        }
        assertEquals(OrderStatus.PLACED, app.groups.byId(placed).orElseThrow().getStatus());
        assertEquals(-challenged, app.payments.authenticatedBy.get(-placed));
        assertEquals(1, app.payments.groupHolds.size(), "held once");
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

    @Test
    void aSlotEveryStoreOffersSchedulesEachPartForItWithItsOwnKitchensReleaseAndPlace() {
        Instant slot = tomorrow();
        offer(FakeCatalog.STORE, slot, Duration.ofMinutes(30));
        offer(FakeCatalog.BAKERY, slot, Duration.ofMinutes(90));

        GroupCheckout.Placement placed = placeFor("s1", slot);

        Order bistro = placed.parts().get(0);
        Order bakery = placed.parts().get(1);
        assertEquals(OrderStatus.PLACED, placed.group().getStatus());
        assertTrue(placed.parts().stream().allMatch(p -> p.getStatus() == OrderStatus.SCHEDULED
                && slot.equals(p.getScheduledFor())), "both parts wait for the same slot");
        assertEquals(slot.minus(Duration.ofMinutes(45)), bistro.getReleaseAt(), "15 minutes before its kitchen starts");
        assertEquals(slot.minus(Duration.ofMinutes(105)), bakery.getReleaseAt(), "the bakery's kitchen starts sooner");
        assertEquals(slot, app.catalog.servedIn.get(bistro.getId()), "a place in each kitchen's window of the slot");
        assertEquals(slot, app.catalog.servedIn.get(bakery.getId()));
        assertEquals(1, app.payments.groupHolds.size(), "one payment, as for as soon as possible");
        assertEquals(List.of(slot, slot), app.events.published.stream().filter(e -> e instanceof OrderPlaced)
                .map(e -> ((OrderPlaced) e).scheduledFor()).toList());
        assertTrue(app.orders.unacceptedBy(slot.plus(Duration.ofDays(1)), 10).isEmpty(),
                "no merchant is asked to accept before the release");

        app.orderGroups.cancel(placed.group().getId(), Checkouts.CUSTOMER);
        assertTrue(placed.parts().stream().allMatch(p -> p.getStatus() == OrderStatus.CANCELLED),
                "a scheduled group is cancelled as a whole");
        assertTrue(settledEvent().delivered().isEmpty());
    }

    @Test
    void eachPartGoesToItsMerchantWhenItsOwnKitchenMustSoonStart() {
        Instant slot = Instant.now().plus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MINUTES);
        offer(FakeCatalog.STORE, slot, Duration.ofMinutes(20));
        offer(FakeCatalog.BAKERY, slot, Duration.ofMinutes(50));
        GroupCheckout.Placement placed = placeFor("s6", slot);

        assertEquals(1, app.lifecycle.releaseScheduled(), "the bakery's kitchen starts in 10 minutes: released");

        Order bistro = placed.parts().get(0);
        Order bakery = placed.parts().get(1);
        assertEquals(OrderStatus.PLACED, bakery.getStatus());
        assertEquals(OrderStatus.SCHEDULED, bistro.getStatus(), "the bistro's kitchen starts later: not yet");
        assertEquals(List.of(bakery.getId()), app.events.published.stream().filter(e -> e instanceof OrderReleased)
                .map(e -> ((OrderReleased) e).orderId()).toList());
        app.lifecycle.reject(bakery.getId(), BAKERY_MERCHANT, RejectionReason.OUT_OF_STOCK);
        OrderGroups.Grouped now = app.orderGroups.ofCustomer(placed.group().getId(), Checkouts.CUSTOMER);
        assertTrue(now.group().isChoicePending(now.parts()), "the customer chooses, as for as soon as possible");
        app.orderGroups.goOn(placed.group().getId(), Checkouts.CUSTOMER);
        assertEquals(OrderStatus.SCHEDULED, bistro.getStatus(), "the part going on still waits for its time");
    }

    @Test
    void aSlotOneStoreDoesNotOfferPlacesAndHoldsNothingAndNamesTheStore() {
        Instant slot = tomorrow();
        offer(FakeCatalog.STORE, slot, Duration.ofMinutes(30));
        app.catalog.slotsOf.put(FakeCatalog.BAKERY, Map.of());

        ProblemException refused = assertThrows(ProblemException.class, () -> placeFor("s2", slot));

        assertEquals(409, refused.status());
        assertEquals("problem.order.slotUnavailable", refused.code());
        assertEquals(FakeCatalog.BAKERY, refused.toProblem().errors().get("storeId"));
        assertTrue(app.orders.latest().isEmpty(), "nothing is written");
        assertTrue(app.catalog.held.isEmpty() && app.payments.groupHolds.isEmpty(), "nothing is held");
        ProblemException quoted = assertThrows(ProblemException.class, () -> app.groupCheckout.quote(
                Checkouts.CUSTOMER, new GroupPriceRequest(basket(), null, null, 0L, slot)));
        assertEquals("problem.order.slotUnavailable", quoted.code(), "the basket's price tells it before checkout");
    }

    @Test
    void aSlotBegunOrBeyondTheCalendarIsRefused() {
        ProblemException past = assertThrows(ProblemException.class,
                () -> placeFor("s3", Instant.now().minus(Duration.ofMinutes(1))));
        assertEquals(400, past.status());
        assertEquals("problem.order.slotPast", past.code());

        ProblemException far = assertThrows(ProblemException.class, () -> placeFor("s4", Instant.MAX));
        assertEquals("problem.order.slotUnavailable", far.code());
        assertTrue(app.orders.latest().isEmpty());
    }

    @Test
    void theSlotIsPartOfTheRequestSoTheSameKeyForAnotherSlotIsRefused() {
        Instant slot = tomorrow();
        Instant later = slot.plus(Duration.ofMinutes(15));
        for (Instant start : List.of(slot, later)) {
            offer(FakeCatalog.STORE, start, Duration.ofMinutes(30));
            offer(FakeCatalog.BAKERY, start, Duration.ofMinutes(30));
        }
        PlaceGroupOrder asap = new PlaceGroupOrder(basket(), 3, "2 rue Y", null, null, 0L);
        assertEquals(GroupCheckout.fingerprint(asap), GroupCheckout.fingerprint(
                new PlaceGroupOrder(basket(), 3, "2 rue Y", null, null, 0L, null)));
        assertTrue(!GroupCheckout.fingerprint(asap).equals(GroupCheckout.fingerprint(
                new PlaceGroupOrder(basket(), 3, "2 rue Y", null, null, 0L, slot))));

        long groupId = placeFor("s5", slot).group().getId();
        assertEquals(groupId, placeFor("s5", slot).group().getId(), "the same request answers the same group");
        ProblemException reused = assertThrows(ProblemException.class, () -> placeFor("s5", later));
        assertEquals(422, reused.status());
        assertEquals(2, app.orders.latest().size(), "one group of two parts");
    }

    @Test
    void aMultiStoreOrderThatNowCostsOtherThanTheTotalShownIsRefusedAndNothingIsHeld() {
        PlaceGroupOrder order = new PlaceGroupOrder(basket(), 3, "2 rue Y", null, null, 150L);
        long total = app.groupCheckout.quote(Checkouts.CUSTOMER, new io.quartier.ordering.api.GroupPriceRequest(
                basket(), null, null, 150L, null, null)).parts().stream().mapToLong(p -> p.total().getAmountMinor())
                .sum();

        ProblemException changed = assertThrows(ProblemException.class,
                () -> app.groupCheckout.place(Checkouts.CUSTOMER, "shown-old", order.expecting(total - 1)));

        assertEquals(409, changed.status());
        assertEquals("problem.order.priceChanged", changed.code());
        assertEquals(total, changed.toProblem().errors().get("totalMinor"));
        assertTrue(app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "shown-old").isEmpty(), "nothing written");
        assertTrue(app.catalog.held.isEmpty() && app.payments.groupHolds.isEmpty(), "nothing is held");
        GroupCheckout.Placement placed = app.groupCheckout.place(Checkouts.CUSTOMER, "shown-old",
                order.expecting(total));
        assertEquals(total, app.payments.groupHolds.get(placed.group().getId()).getAmountMinor(),
                "the same key with the total now shown places it, for that total");
    }

    /** The store offers {@code slot}, its kitchen starting {@code cooking} before it. */
    private void offer(long storeId, Instant slot, Duration cooking) {
        DeliverySlotView view = new DeliverySlotView(slot, slot.plus(Duration.ofMinutes(15)), "12:00", "+01:00",
                slot.minus(cooking), 4);
        app.catalog.slotsOf.computeIfAbsent(storeId, id -> new HashMap<>()).put(slot, view);
    }

    private static Instant tomorrow() {
        return Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    private GroupCheckout.Placement placeFor(String key, Instant slot) {
        return app.groupCheckout.place(Checkouts.CUSTOMER, key,
                new PlaceGroupOrder(basket(), 3, "2 rue Y", null, null, 0L, slot));
    }

    @Test
    void eachPartGetsItsOwnStoresAutomaticDiscountsReservedBeforeTheOneHoldForTheDiscountedSum() {
        app.promotions.automatic.put(FakeCatalog.BAKERY,
                List.of(new PriceBreakdown.Offer(5, "HAPPY_HOUR", null, "MERCHANT", true, 150, null)));

        GroupCheckout.Placement placed = place("d1", 0L);

        Order bistro = placed.parts().get(0);
        Order bakery = placed.parts().get(1);
        assertEquals(Money.of(2 * 890 + FakeCatalog.BAKERY_BASE_FEE, "EUR"), bistro.total(), "no discount of its own");
        assertEquals(Money.of(2 * 420 - 150, "EUR"), bakery.total(), "the bakery's happy hour, on the bakery's part");
        assertEquals(OrderGroup.total(placed.parts()), app.payments.groupHolds.get(placed.group().getId()));
        assertEquals(Map.of(bakery.getId(), 150L), app.promotions.reserved, "the part's use, reserved for that part");
    }

    @Test
    void aFreeDeliveryTakesOffTheOneFeeOnlyOnThePartCarryingItAndNothingOnAnother() {
        PriceBreakdown.Offer free = new PriceBreakdown.Offer(6, "FREE_DELIVERY", null, "MERCHANT", true, 0, null);
        app.promotions.automatic.put(FakeCatalog.BAKERY, List.of(free));

        GroupCheckout.Quote second = app.groupCheckout.quote(Checkouts.CUSTOMER,
                new GroupPriceRequest(basket(), null, null, 0L));

        assertEquals(Money.of(2 * 890 + 2 * 420 + FakeCatalog.BAKERY_BASE_FEE, "EUR"), OrderGroup.total(second.parts()),
                "the bakery's part carries no fee: its free delivery takes nothing off, and the fee is still paid");
        assertEquals("promotion.reason.noDeliveryFee", second.offers().get(1).get(0).reasonKey());

        app.promotions.automatic.put(FakeCatalog.STORE, List.of(free));
        GroupCheckout.Placement placed = place("d2", 200L);

        assertEquals(Money.of(2 * 890 + 2 * 420 + 200, "EUR"), OrderGroup.total(placed.parts()),
                "the first part's free delivery takes off the one fee it carries (never the tip)");
        assertEquals(FakeCatalog.BAKERY_BASE_FEE, placed.parts().get(0).discountMinor());
        assertEquals(0, placed.parts().get(1).discountMinor());
    }

    @Test
    void aCouponIsAppliedOnceToTheFirstPartItAppliesToInTheBasketsOrder() {
        app.promotions.couponStores.add(FakeCatalog.BAKERY);

        GroupCheckout.Placement placed = placeWithCoupon("c1", " save3 ");

        Order bistro = placed.parts().get(0);
        Order bakery = placed.parts().get(1);
        assertEquals(0, bistro.discountMinor(), "another store's coupon does not apply to the bistro");
        assertEquals(Money.of(2 * 420 - 300, "EUR"), bakery.total());
        assertEquals("SAVE3", bakery.getCouponCode());
        assertEquals(Map.of(bakery.getId(), 300L), app.promotions.reserved);
        assertEquals(OrderGroup.total(placed.parts()), app.payments.groupHolds.get(placed.group().getId()));

        Checkouts other = new Checkouts();
        GroupCheckout.Placement everywhere = other.groupCheckout.place(Checkouts.CUSTOMER, "c2", withCoupon("SAVE3"));
        assertEquals(300, everywhere.parts().get(0).discountMinor(), "a coupon for any store: the first part");
        assertEquals(0, everywhere.parts().get(1).discountMinor(), "and once: not again on the second");
        assertEquals(java.util.Arrays.asList("SAVE3", null), other.promotions.codesAsked);
    }

    @Test
    void aCouponApplyingToNoPartRefusesTheOrderAndPlacesNothing() {
        ProblemException unknown = assertThrows(ProblemException.class, () -> placeWithCoupon("c3", "NOPE"));

        assertEquals(409, unknown.status());
        assertEquals("problem.promotion.couponNotApplicable", unknown.code());
        assertTrue(app.orders.latest().isEmpty(), "nothing is written");
        assertTrue(app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "c3").isEmpty());
        assertTrue(app.catalog.held.isEmpty() && app.payments.groupHolds.isEmpty() && app.promotions.reserved.isEmpty());

        GroupCheckout.Quote quote = app.groupCheckout.quote(Checkouts.CUSTOMER, new GroupPriceRequest(basket(), null,
                null, 0L, null, "NOPE"));
        assertEquals("promotion.reason.unknownCode", quote.offers().get(0).get(0).reasonKey(),
                "the quote says why, for each part it was tried on");
        assertEquals("promotion.reason.unknownCode", quote.offers().get(1).get(0).reasonKey());
    }

    @Test
    void aCouponThatPromotionCannotCheckRefusesTheOrderAndWithoutOneThePartsGoAheadUndiscounted() {
        app.promotions.answer = FakePromotions.Answer.DOWN;

        ProblemException refused = assertThrows(ProblemException.class, () -> placeWithCoupon("u1", "SAVE3"));
        assertEquals("problem.promotion.unavailable", refused.code());
        assertTrue(app.orders.latest().isEmpty());
        assertEquals(Checkout.PROMOTION_UNAVAILABLE, app.groupCheckout.quote(Checkouts.CUSTOMER,
                new GroupPriceRequest(basket(), null, null, 0L, null, "SAVE3")).promotionNotice());

        GroupCheckout.Placement plain = place("u2", 0L);
        assertEquals(OrderStatus.PLACED, plain.group().getStatus());
        assertTrue(plain.parts().stream().allMatch(p -> p.getDiscounts().isEmpty()));
    }

    @Test
    void aFailedGroupGivesBackTheUsesOfEveryPartAndALimitReachedMeanwhileHoldsNothing() {
        app.promotions.automatic.put(FakeCatalog.BAKERY,
                List.of(new PriceBreakdown.Offer(5, "HAPPY_HOUR", null, "MERCHANT", true, 150, null)));
        app.payments.answer = FakePayments.Answer.DECLINE;

        assertThrows(ProblemException.class, () -> placeWithCoupon("f1", "SAVE3"));

        List<Order> failed = app.orders.latest();
        assertTrue(app.promotions.reserved.isEmpty(), "every part's uses are given back");
        assertEquals(failed.stream().map(Order::getId).sorted().toList(),
                app.promotions.released.stream().sorted().toList(), "the coupon's part and the happy hour's part");

        Checkouts limited = new Checkouts();
        limited.promotions.answer = FakePromotions.Answer.LIMIT_REACHED;
        ProblemException used = assertThrows(ProblemException.class,
                () -> limited.groupCheckout.place(Checkouts.CUSTOMER, "f2", withCoupon("SAVE3")));
        assertEquals("problem.promotion.limitReached", used.code());
        assertTrue(limited.orders.latest().stream().allMatch(p -> p.getStatus() == OrderStatus.FAILED));
        assertTrue(limited.catalog.held.isEmpty() && limited.payments.groupHolds.isEmpty(), "no stock, no payment");
    }

    @Test
    void theSameKeyWithAnotherCouponIsAnotherOrder() {
        placeWithCoupon("k-c", "SAVE3");

        ProblemException reused = assertThrows(ProblemException.class, () -> placeWithCoupon("k-c", "OTHER"));

        assertEquals(422, reused.status());
        assertEquals("problem.idempotencyKeyReused", reused.code());
        assertEquals(placeWithCoupon("k-c", "save3").group().getId(),
                app.groups.byIdempotencyKey(Checkouts.CUSTOMER, "k-c").orElseThrow().getId(), "case and spaces aside");
    }

    private GroupCheckout.Placement placeWithCoupon(String key, String code) {
        return app.groupCheckout.place(Checkouts.CUSTOMER, key, withCoupon(code));
    }

    private static PlaceGroupOrder withCoupon(String code) {
        return new PlaceGroupOrder(basket(), 3, "2 rue Y", null, null, 0L, null, code);
    }

    private static List<PlaceGroupOrder.Part> basket() {
        return List.of(soup(), new PlaceGroupOrder.Part(FakeCatalog.BAKERY,
                List.of(new PlaceOrder.Line(FakeCatalog.CAKE, 2))));
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
