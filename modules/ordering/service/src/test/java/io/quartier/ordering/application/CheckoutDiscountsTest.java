package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.ordering.domain.model.order.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkout with promotion: discounts taken off, their uses reserved before payment and given back on failure. */
class CheckoutDiscountsTest {

    private static final long FULL = 2 * 890 + 250 + FakeCatalog.BASE_FEE;

    private final Checkouts world = new Checkouts();

    private static PlaceOrder withCoupon(String code) {
        PlaceOrder plain = Checkouts.soupAndBread();
        return new PlaceOrder(plain.storeId(), plain.lines(), plain.paymentMethodId(), plain.deliveryAddress(), null,
                null, null, null, code);
    }

    @Test
    void aCouponIsTakenOffTheTotalThatPaymentAuthorisesAndItsUseIsReservedFirst() {
        Order order = world.checkout.place(Checkouts.CUSTOMER, "k1", withCoupon(" save3 ")).order();

        assertEquals(OrderStatus.PLACED, order.getStatus());
        assertEquals(Money.of(FULL - 300, "EUR"), order.total());
        assertEquals(order.total(), world.payments.holds.get(order.getId()));
        assertEquals(300L, world.promotions.reserved.get(order.getId()));
        assertEquals("SAVE3", order.getCouponCode());
        assertEquals("PLATFORM", order.getDiscounts().get(0).getFunder());
    }

    @Test
    void aCouponWhoseLimitWasReachedMeanwhileFailsTheOrderAndHoldsNothing() {
        world.promotions.answer = FakePromotions.Answer.LIMIT_REACHED;

        ProblemException refused = assertThrows(ProblemException.class,
                () -> world.checkout.place(Checkouts.CUSTOMER, "k1", withCoupon("SAVE3")));

        assertEquals(409, refused.status());
        assertEquals("problem.promotion.limitReached", refused.code());
        assertTrue(world.catalog.held.isEmpty());
        assertTrue(world.payments.holds.isEmpty());
    }

    @Test
    void aDeclinedPaymentGivesTheCouponsUseBack() {
        world.payments.answer = FakePayments.Answer.DECLINE;

        assertThrows(ProblemException.class, () -> world.checkout.place(Checkouts.CUSTOMER, "k1", withCoupon("SAVE3")));

        Order failed = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
        assertEquals(List.of(failed.getId()), world.promotions.released);
        assertTrue(world.promotions.reserved.isEmpty());
    }

    @Test
    void withPromotionDownAnOrderWithoutACouponGoesAheadWithoutDiscountsAndOneWithACouponIsRefused() {
        world.promotions.answer = FakePromotions.Answer.DOWN;
        PlaceOrder order = withCoupon("SAVE3");

        Checkout.Quote quote = world.checkout.quote(Checkouts.CUSTOMER,
                new PriceRequest(order.storeId(), order.lines(), null, null, null, "SAVE3"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> world.checkout.place(Checkouts.CUSTOMER, "k1", order));
        Order placed = world.checkout.place(Checkouts.CUSTOMER, "k2", withCoupon(null)).order();

        assertEquals(Checkout.PROMOTION_UNAVAILABLE, quote.promotionNotice());
        assertEquals(409, refused.status());
        assertEquals("problem.promotion.unavailable", refused.code());
        assertTrue(world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").isEmpty(), "nothing created");
        assertEquals(OrderStatus.PLACED, placed.getStatus());
        assertEquals(Money.of(FULL, "EUR"), placed.total());
        assertNull(placed.getCouponCode());
        assertTrue(world.promotions.reserved.isEmpty());
        assertNull(world.checkout.quote(Checkouts.CUSTOMER,
                new PriceRequest(order.storeId(), order.lines(), null, null, null)).promotionNotice());
    }

    @Test
    void aQuoteListsWhyACouponDoesNotApplyAndChargesTheFullPrice() {
        PlaceOrder order = Checkouts.soupAndBread();

        Checkout.Quote quote = world.checkout.quote(Checkouts.CUSTOMER,
                new PriceRequest(order.storeId(), order.lines(), null, null, null, "NOPE"));

        assertEquals("promotion.reason.unknownCode", quote.offers().get(0).reasonKey());
        assertEquals(Money.of(FULL, "EUR"), quote.order().total());
    }

    @Test
    void anOrderWithACouponThatDoesNotApplyIsRefusedNotPlacedAtTheFullPrice() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> world.checkout.place(Checkouts.CUSTOMER, "k1", withCoupon("NOPE")));

        assertEquals(409, refused.status());
        assertEquals("problem.promotion.couponNotApplicable", refused.code());
        assertTrue(world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").isEmpty(), "nothing created");
        assertTrue(world.catalog.held.isEmpty());
        assertTrue(world.payments.holds.isEmpty());
    }

    @Test
    void theCouponIsPartOfTheRequest() {
        assertTrue(!Checkout.fingerprint(withCoupon("SAVE3")).equals(Checkout.fingerprint(Checkouts.soupAndBread())));
        assertEquals(Checkout.fingerprint(withCoupon(null)), Checkout.fingerprint(Checkouts.soupAndBread()));
        assertEquals(Checkout.fingerprint(withCoupon("save3")), Checkout.fingerprint(withCoupon("SAVE3")));
    }
}
