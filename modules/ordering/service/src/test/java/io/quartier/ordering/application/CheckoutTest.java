package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.domain.model.order.Order;
import java.time.Duration;
import io.quartier.catalog.api.DeliverySlotView;
import java.time.Instant;
import java.util.List;
import io.quartier.ordering.domain.model.cart.Cart;
import io.quartier.ordering.domain.model.cart.CartItem;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    private final Checkouts world = new Checkouts();

    @Test
    void theSameRequestHasTheSameFingerprint() {
        PlaceOrder a = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 2)), 1, "2 rue Y");
        PlaceOrder b = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 2)), 1, "2 rue Y");
        assertEquals(Checkout.fingerprint(a), Checkout.fingerprint(b));
    }

    @Test
    void anotherQuantityIsAnotherRequest() {
        PlaceOrder a = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 2)), 1, "2 rue Y");
        PlaceOrder b = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 3)), 1, "2 rue Y");
        assertNotEquals(Checkout.fingerprint(a), Checkout.fingerprint(b));
    }

    @Test
    void placesAnOrderPricedByTheCatalogWithItsStockHeldAndItsTotalAuthorised() {
        Checkout.Placement placement = world.place("k1");

        Order order = placement.order();
        assertTrue(placement.created());
        assertEquals(OrderStatus.PLACED, order.getStatus());
        assertEquals(Money.of(2 * 890 + 250 + FakeCatalog.BASE_FEE, "EUR"), order.total(),
                "the lines and, the client sending no place, the store's base fee");
        assertEquals(List.of(new PlaceOrder.Line(FakeCatalog.SOUP, 2), new PlaceOrder.Line(FakeCatalog.BREAD, 1)),
                world.catalog.held.get(order.getId()));
        assertEquals(order.total(), world.payments.holds.get(order.getId()));
        assertNotNull(order.getAcceptBy());
        OrderPlaced placed = (OrderPlaced) world.events.published.get(0);
        assertEquals((long) order.getId(), placed.orderId());
        assertEquals((long) order.getPaymentAuthorizationId(), placed.paymentAuthorizationId());
    }

    @Test
    void placingTheOrderTakesItsStoresLinesOutOfTheKeptBasketAndLeavesTheOthers() {
        Cart kept = world.carts.openForUpdate(Checkouts.CUSTOMER, Instant.now());
        kept.replace(List.of(new CartItem(FakeCatalog.STORE, FakeCatalog.SOUP, List.of(), 2),
                new CartItem(9, 901, List.of(3L), 1)), Instant.now());

        world.place("k-cart");

        assertEquals(List.of(9L), kept.getLines().stream().map(CartItem::getStoreId).toList());
    }

    @Test
    void chargesTheFeeQuotedForThePlaceAndTheTipAndAuthorisesTheirSumWithTheLines() {
        double twoPointFourKmAway = FakeCatalog.STORE_LATITUDE + 0.024;
        Order order = world.checkout.place(Checkouts.CUSTOMER, "k1", soupAndBread(twoPointFourKmAway, 2.35, 300L))
                .order();

        assertEquals(Money.of(FakeCatalog.BASE_FEE + 2 * FakeCatalog.FEE_PER_KM, "EUR"), order.getDeliveryFee(),
                "two kilometres started beyond the first");
        assertEquals(Money.of(300, "EUR"), order.getTip());
        assertEquals(Money.of(2 * 890 + 250, "EUR"), order.subtotal());
        assertEquals(Money.of(2 * 890 + 250 + 299 + 300, "EUR"), order.total());
        assertEquals(order.total(), world.payments.holds.get(order.getId()));
        assertEquals(twoPointFourKmAway, order.getDeliveryLatitude());
        assertEquals(2000, order.getDeliveryFeeVatBasisPoints(), "France's standard rate");
    }

    @Test
    void refusesAPlaceBeyondTheStoresRadiusAndCreatesNothing() {
        ProblemException refused = assertThrows(ProblemException.class, () -> world.checkout.place(Checkouts.CUSTOMER,
                "k1", soupAndBread(FakeCatalog.STORE_LATITUDE + 0.05, 2.35, null)));

        assertEquals(409, refused.status());
        assertEquals("problem.order.outsideDeliveryArea", refused.code());
        assertTrue(world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").isEmpty());
        assertTrue(world.payments.holds.isEmpty());
    }

    @Test
    void refusesATipOutOfBoundsOrHalfAPlaceWithA400AndCreatesNothing() {
        for (PlaceOrder bad : List.of(soupAndBread(null, null, -1L),
                soupAndBread(null, null, PlaceOrder.maxTipMinor("EUR") + 1),
                soupAndBread(FakeCatalog.STORE_LATITUDE, null, null),
                soupAndBread(91.0, 2.35, null),
                soupAndBread(Double.NaN, 2.35, null))) {
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> world.checkout.place(Checkouts.CUSTOMER, "k1", bad), bad::toString);
            assertTrue(refused instanceof ProblemException p && p.status() == 400
                    || refused instanceof DomainException d && d.kind() == DomainException.Kind.INVALID,
                    () -> bad + ": " + refused);
        }
        assertTrue(world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").isEmpty());
        assertEquals(Money.of(PlaceOrder.maxTipMinor("EUR"), "EUR"), world.checkout.place(Checkouts.CUSTOMER, "k2",
                soupAndBread(null, null, PlaceOrder.maxTipMinor("EUR"))).order().getTip(), "the largest tip is taken");
    }

    @Test
    void aQuotePricesTheBasketAsCheckoutWouldAndWritesAndHoldsNothing() {
        PlaceOrder asked = soupAndBread(FakeCatalog.STORE_LATITUDE + 0.024, 2.35, 200L);
        Checkout.Quote quote = world.checkout.quote(Checkouts.CUSTOMER, new io.quartier.ordering.api.PriceRequest(
                asked.storeId(), asked.lines(), asked.latitude(), asked.longitude(), asked.tipMinor()));
        Order placed = world.checkout.place(Checkouts.CUSTOMER, "k1", asked).order();

        assertEquals(placed.total(), quote.order().total());
        assertEquals(placed.vat(), quote.order().vat());
        assertEquals(20, quote.deliveryMinutes());
        assertEquals(1, world.payments.holds.size(), "only the placed order's");
        assertEquals(1, world.catalog.held.size());
    }

    @Test
    void anotherTipOrPlaceIsAnotherRequestButNoneKeepsTheOldFingerprint() {
        PlaceOrder without = Checkouts.soupAndBread();
        assertEquals(Checkout.fingerprint(without), Checkout.fingerprint(soupAndBread(null, null, null)));
        assertNotEquals(Checkout.fingerprint(without), Checkout.fingerprint(soupAndBread(null, null, 100L)));
        assertNotEquals(Checkout.fingerprint(soupAndBread(48.86, 2.35, null)),
                Checkout.fingerprint(soupAndBread(48.87, 2.35, null)));
    }

    @Test
    void anOrderForAnOfferedSlotIsScheduledWithItsKitchenPlaceInThatWindow() {
        Instant slot = Instant.parse("2026-11-29T11:30:00Z");
        world.catalog.slots.put(slot, new DeliverySlotView(slot, slot.plusSeconds(900), "12:30", "+01:00",
                slot.minusSeconds(30 * 60), 4));

        Order order = world.checkout.place(Checkouts.CUSTOMER, "k-s", scheduled(slot)).order();

        assertEquals(OrderStatus.SCHEDULED, order.getStatus());
        assertEquals(slot, order.getScheduledFor());
        assertEquals(slot.minusSeconds(45 * 60), order.getReleaseAt(), "15 minutes before the kitchen must start");
        assertEquals(slot, world.catalog.servedIn.get(order.getId()), "its kitchen place is in the slot's window");
        assertEquals(slot, ((OrderPlaced) world.events.published.get(0)).scheduledFor());
    }

    @Test
    void aSlotTheStoreDoesNotOfferCreatesNothing() {
        ProblemException refused = assertThrows(ProblemException.class, () -> world.checkout.place(Checkouts.CUSTOMER,
                "k-x", scheduled(Instant.parse("2026-11-29T11:37:00Z"))));

        assertEquals("problem.order.slotUnavailable", refused.code());
        assertEquals(409, refused.status());
        assertTrue(world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k-x").isEmpty());
        assertTrue(world.catalog.held.isEmpty() && world.payments.holds.isEmpty());
    }

    @Test
    void aQuoteForASlotTheStoreNoLongerOffersIsRefusedAndOneItOffersIsPriced() {
        PlaceOrder asap = Checkouts.soupAndBread();
        Instant offered = Instant.parse("2026-11-29T11:30:00Z");
        world.catalog.slots.put(offered, new DeliverySlotView(offered, offered.plusSeconds(900), "12:30", "+01:00",
                offered.minusSeconds(30 * 60), 4));

        ProblemException refused = assertThrows(ProblemException.class, () -> world.checkout.quote(Checkouts.CUSTOMER,
                new PriceRequest(asap.storeId(), asap.lines(), null, null, null, null, offered.plusSeconds(420))));
        assertEquals("problem.order.slotUnavailable", refused.code());
        assertEquals(409, refused.status());

        Order priced = world.checkout.quote(Checkouts.CUSTOMER,
                new PriceRequest(asap.storeId(), asap.lines(), null, null, null, null, offered)).order();
        assertEquals(world.checkout.quote(Checkouts.CUSTOMER,
                new PriceRequest(asap.storeId(), asap.lines(), null, null, null)).order().total(), priced.total());
    }

    @Test
    void theSlotIsPartOfTheRequest() {
        assertNotEquals(Checkout.fingerprint(Checkouts.soupAndBread()),
                Checkout.fingerprint(scheduled(Instant.parse("2026-11-29T11:30:00Z"))));
    }

    private static PlaceOrder scheduled(Instant slot) {
        PlaceOrder asap = Checkouts.soupAndBread();
        return new PlaceOrder(asap.storeId(), asap.lines(), asap.paymentMethodId(), asap.deliveryAddress(), null, null, null, slot);
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameOrderAndHoldsAndChargesOnce() {
        Checkout.Placement first = world.place("k1");
        Checkout.Placement again = world.place("k1");

        assertEquals(first.order().getId(), again.order().getId());
        assertFalse(again.created());
        assertEquals(1, world.payments.holds.size());
        assertEquals(List.of("OrderPlaced"), world.events.types());
    }

    @Test
    void aKeyUsedForAnotherOrderIsRefused() {
        world.place("k1");
        PlaceOrder other = new PlaceOrder(FakeCatalog.STORE, List.of(new PlaceOrder.Line(FakeCatalog.SOUP, 5)), 3,
                "2 rue Y");

        ProblemException refused = assertThrows(ProblemException.class,
                () -> world.checkout.place(Checkouts.CUSTOMER, "k1", other));
        assertEquals(422, refused.status());
        assertEquals("problem.idempotencyKeyReused", refused.code());
    }

    @Test
    void stockRefusedFailsTheOrderAndAuthorisesNothing() {
        world.catalog.stock = FakeCatalog.Answer.REFUSE;

        ProblemException refused = assertThrows(ProblemException.class, () -> world.place("k1"));

        assertEquals(409, refused.status());
        assertEquals("problem.order.outOfStock", refused.code());
        Order order = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
        assertEquals(OrderStatus.FAILED, order.getStatus());
        assertEquals("problem.order.outOfStock", order.getFailureCode());
        assertTrue(world.payments.holds.isEmpty());
        assertNotNull(order.getCompensatedAt());
        assertTrue(world.events.published.isEmpty());
    }

    @Test
    void aDeclinedPaymentGivesTheStockBackAndFailsTheOrderWithPaymentsProblem() {
        world.payments.answer = FakePayments.Answer.DECLINE;

        ProblemException refused = assertThrows(ProblemException.class, () -> world.place("k1"));

        assertEquals(402, refused.status());
        assertEquals("problem.payment.declined", refused.code());
        Order order = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
        assertEquals(OrderStatus.FAILED, order.getStatus());
        assertEquals(402, order.getFailureStatus());
        assertTrue(world.catalog.held.isEmpty());
        assertEquals(List.of(order.getId()), world.catalog.released);
        assertNotNull(order.getCompensatedAt());
    }

    @Test
    void aFailedCheckoutAnswersItsKeyWithTheSameProblemAgain() {
        world.payments.answer = FakePayments.Answer.DECLINE;
        assertThrows(ProblemException.class, () -> world.place("k1"));
        world.payments.answer = FakePayments.Answer.AUTHORISE;

        ProblemException again = assertThrows(ProblemException.class, () -> world.place("k1"));

        assertEquals(402, again.status());
        assertEquals("problem.payment.declined", again.code());
        assertTrue(world.payments.holds.isEmpty());
    }

    @Test
    void anOrderThatNowCostsOtherThanTheTotalShownIsRefusedAndNothingIsKept() {
        long total = world.place("priced").order().total().getAmountMinor();

        ProblemException changed = assertThrows(ProblemException.class, () -> world.checkout.place(Checkouts.CUSTOMER,
                "shown-old", Checkouts.soupAndBread().expecting(total - 50)));

        assertEquals(409, changed.status());
        assertEquals("problem.order.priceChanged", changed.code());
        assertEquals(total, changed.toProblem().errors().get("totalMinor"));
        assertTrue(world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "shown-old").isEmpty(), "nothing written");
        assertEquals(1, world.payments.holds.size(), "nothing held but the first order's");
        Order placed = world.checkout.place(Checkouts.CUSTOMER, "shown-old", Checkouts.soupAndBread().expecting(total))
                .order();
        assertEquals(OrderStatus.PLACED, placed.getStatus(), "the same key with the total now shown places it");
    }

    @Test
    void aBankAskingForAChallengeFailsTheOrderGivingItsStockBackAndPassesTheChallengesPageOn() {
        world.payments.answer = FakePayments.Answer.CHALLENGE;

        ProblemException refused = assertThrows(ProblemException.class, () -> world.place("k1"));

        assertEquals(402, refused.status());
        assertEquals("problem.order.authenticationRequired", refused.code());
        Order order = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
        assertEquals("/payment/sandbox/challenge?id=" + order.getId(), refused.toProblem().errors().get("challengeUrl"));
        assertEquals(OrderStatus.FAILED, order.getStatus());
        assertTrue(world.catalog.held.isEmpty());
        assertEquals(List.of(order.getId()), world.catalog.released);
        assertTrue(world.payments.holds.isEmpty());
        assertTrue(world.events.published.isEmpty(), "nothing placed");
    }

    @Test
    void theSameCheckoutAskedAgainAfterTheChallengeIsANewOrderTakingTheChallengesAnswerOnce() {
        world.payments.answer = FakePayments.Answer.CHALLENGE;
        assertThrows(ProblemException.class, () -> world.place("k1"));
        Order challenged = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();

        Order placed = world.place("k1").order();
        Order again = world.place("k1").order();

        assertNotEquals(challenged.getId(), placed.getId());
        assertEquals(OrderStatus.PLACED, placed.getStatus());
        assertEquals(challenged.getId(), world.payments.authenticatedBy.get(placed.getId()));
        assertEquals(placed.getId(), again.getId(), "the key now answers with the placed order");
        assertEquals(1, world.payments.holds.size(), "charged once");
        assertTrue(world.catalog.held.containsKey(placed.getId()));
    }

    @Test
    void aRetryAfterTheChallengeRefusedBeforeItBeganLeavesTheAnsweredChallengeToTheNextOne() {
        world.payments.answer = FakePayments.Answer.CHALLENGE;
        assertThrows(ProblemException.class, () -> world.place("k1"));
        Order challenged = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();

        ProblemException changed = assertThrows(ProblemException.class,
                () -> world.checkout.place(Checkouts.CUSTOMER, "k1", Checkouts.soupAndBread().expecting(1L)));
        assertEquals("problem.order.priceChanged", changed.code());
        assertEquals(challenged.getId(), world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow().getId(),
                "the failed order keeps the key while nothing took it over");

        Order placed = world.place("k1").order();
        assertEquals(OrderStatus.PLACED, placed.getStatus(), "not a new challenge");
        assertEquals(challenged.getId(), world.payments.authenticatedBy.get(placed.getId()));
    }

    @Test
    void anUnknownOutcomeLeavesTheOrderPendingWithItsStockHeld() {
        world.payments.answer = FakePayments.Answer.NO_ANSWER;

        ProblemException unknown = assertThrows(ProblemException.class, () -> world.place("k1"));

        assertEquals(503, unknown.status());
        assertEquals("problem.order.pending", unknown.code());
        Order order = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
        assertEquals(OrderStatus.PENDING, order.getStatus());
        assertEquals(order.getId(), unknown.toProblem().errors().get("orderId"));
        assertTrue(world.catalog.held.containsKey(order.getId()));
        assertTrue(world.catalog.released.isEmpty());
        assertTrue(world.events.published.isEmpty());
    }

    @Test
    void aRetryWithTheSameKeyFinishesAnInterruptedCheckout() {
        world.payments.answer = FakePayments.Answer.NO_ANSWER;
        assertThrows(ProblemException.class, () -> world.place("k1"));
        world.payments.answer = FakePayments.Answer.AUTHORISE;
        world.later(Duration.ofSeconds(30));

        Checkout.Placement retried = world.place("k1");

        assertEquals(OrderStatus.PLACED, retried.order().getStatus());
        assertFalse(retried.created());
        assertEquals(1, world.payments.holds.size());
        assertEquals(List.of("OrderPlaced"), world.events.types());
    }

    private static PlaceOrder soupAndBread(Double latitude, Double longitude, Long tipMinor) {
        PlaceOrder plain = Checkouts.soupAndBread();
        return new PlaceOrder(plain.storeId(), plain.lines(), plain.paymentMethodId(), plain.deliveryAddress(),
                latitude, longitude, tipMinor, null);
    }
}
