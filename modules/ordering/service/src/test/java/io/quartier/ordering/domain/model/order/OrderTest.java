package io.quartier.ordering.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.RejectionReason;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-28T12:10:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T12:02:00Z");
    private static final Instant SLOT = Instant.parse("2026-11-29T11:30:00Z");

    /** Every transition, by name, and the only statuses it may start from. */
    private static final Map<String, Set<OrderStatus>> ALLOWED_FROM = Map.of(
            "placed", EnumSet.of(OrderStatus.PENDING),
            "failed", EnumSet.of(OrderStatus.PENDING),
            "accept", EnumSet.of(OrderStatus.PLACED),
            "reject", EnumSet.of(OrderStatus.PLACED),
            "cancelByCustomer", EnumSet.of(OrderStatus.PLACED, OrderStatus.SCHEDULED),
            "startPreparing", EnumSet.of(OrderStatus.ACCEPTED),
            "ready", EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.IN_PREPARATION),
            "pickedUp", EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.IN_PREPARATION, OrderStatus.READY),
            "delivered", EnumSet.of(OrderStatus.PICKED_UP),
            "deliveryFailed", EnumSet.of(OrderStatus.PICKED_UP));

    private static final Map<String, Consumer<Order>> TRANSITIONS = Map.of(
            "placed", o -> o.placed(7, DEADLINE),
            "failed", o -> o.failed(402, "problem.payment.declined"),
            "accept", o -> o.accept(15, NOW),
            "reject", o -> o.reject(RejectionReason.OUT_OF_STOCK),
            "cancelByCustomer", Order::cancelByCustomer,
            "startPreparing", Order::startPreparing,
            "ready", Order::ready,
            "pickedUp", o -> o.pickedUp(20),
            "delivered", Order::delivered,
            "deliveryFailed", o -> o.deliveryFailed("CUSTOMER_ABSENT", null));

    @Test
    void totalIsTheSumOfLinesInMinorUnits() {
        Order order = pending();
        order.addLine(101, "Boeuf bourguignon", 2, Money.of(1850, "EUR"), 1000);
        order.addLine(102, "Tarte tatin", 1, Money.of(790, "EUR"), 1000);
        assertEquals(Money.of(4490, "EUR"), order.total());
    }

    @Test
    void theTotalAddsTheDeliveryFeeAndTheTipAndTheVatIsSplitPerRateWithTheFeeAtTheStandardRate() {
        Order order = atThreeRatesWithFeeAndTip();

        assertEquals(Money.of(3700 + 360 + 200, "EUR"), order.subtotal());
        assertEquals(Money.of(4260 + 299 + 200, "EUR"), order.total());
        assertEquals(List.of(new VatShare(0, 200, 0),
                        new VatShare(550, 360, 19),     // 360 * 550 / 10550 = 18.77
                        new VatShare(1000, 3700, 336),  // 3700 * 1000 / 11000 = 336.36
                        new VatShare(2000, 299, 50)),   // the fee, France's 20 %: 299 * 2000 / 12000 = 49.83
                order.vat(), "the tip carries no VAT");
    }

    @Test
    void aFeeAtTheSameRateAsTheLinesSharesTheirVatLine() {
        Order order = new Order(1, "key", "fp", 1, 2, "Camden Greens", "1 Camden Road", "GB", "Europe/London", "GBP",
                "2 Camden Road", 1);
        order.addLine(201, "Sandwich", 1, Money.of(450, "GBP"), 2000);
        order.deliverTo(null, null, Money.of(249, "GBP"));
        assertEquals(List.of(new VatShare(2000, 699, 116)), order.vat(),
                "one VAT line for both: 699 * 2000 / 12000 = 116.5, rounded to the even 116 once, not per amount");
    }

    @Test
    void refusesATipBelowZeroOrAboveTheMostAndANegativeFee() {
        assertEquals("problem.order.invalidTip",
                assertThrows(DomainException.class, () -> pending().tip(Money.of(-1, "EUR"))).code());
        assertEquals("problem.order.invalidTip", assertThrows(DomainException.class,
                () -> pending().tip(Money.of(PlaceOrder.maxTipMinor("EUR") + 1, "EUR"))).code());
        assertEquals("problem.order.invalidTip",
                assertThrows(DomainException.class, () -> pending().tip(Money.of(Long.MAX_VALUE, "EUR"))).code());
        assertEquals("problem.order.currencyMismatch",
                assertThrows(DomainException.class, () -> pending().tip(Money.of(100, "GBP"))).code());
        assertEquals("problem.order.invalidDeliveryFee", assertThrows(DomainException.class,
                () -> pending().deliverTo(null, null, Money.of(-1, "EUR"))).code());
        Order tipped = pending();
        tipped.tip(Money.of(0, "EUR"));
        tipped.tip(Money.of(PlaceOrder.maxTipMinor("EUR"), "EUR"));
        assertEquals(Money.of(PlaceOrder.maxTipMinor("EUR"), "EUR"), tipped.total());
    }

    @Test
    void theMostATipMayBeFollowsTheStoresCurrency() {
        Order inDirhams = new Order(1, "key", "fp", 1, 1, "Dar Zitoun", "1 derb", "MA", "Africa/Casablanca", "MAD",
                "2 derb", 1);
        inDirhams.tip(Money.of(100_000, "MAD"));
        assertEquals(Money.of(100_000, "MAD"), inDirhams.total(), "1,000.00 dirhams is about 100 euros");
        DomainException tooMuch = assertThrows(DomainException.class, () -> inDirhams.tip(Money.of(100_001, "MAD")));
        assertEquals("problem.order.invalidTip", tooMuch.code());
        assertEquals(15_000, PlaceOrder.maxTipMinor("JPY"), "a currency without decimals");
        assertEquals(100_000, PlaceOrder.maxTipMinor("BHD"), "a currency with three decimals: 100.000");
        assertThrows(IllegalArgumentException.class, () -> PlaceOrder.maxTipMinor("XYZ1"));
    }

    @Test
    void aStoreInACountryWithoutAStandardRateCannotChargeAFee() {
        Order order = new Order(1, "key", "fp", 1, 9, "Somewhere", "1 street", "ZZ", "UTC", "EUR", "2 street", 1);
        assertEquals("problem.order.noDeliveryVat", assertThrows(DomainException.class,
                () -> order.deliverTo(null, null, Money.of(100, "EUR"))).code());
    }

    @Test
    void refusesALinePricedInAnotherCurrency() {
        DomainException e = assertThrows(DomainException.class,
                () -> pending().addLine(201, "Apples", 1, Money.of(300, "GBP"), 1000));
        assertEquals("problem.order.currencyMismatch", e.code());
    }

    @Test
    void aCheckoutStartsPendingAndIsPlacedWithItsHoldAndDeadline() {
        Order order = pending();
        assertEquals(OrderStatus.PENDING, order.getStatus());
        order.placed(7, DEADLINE);
        assertEquals(OrderStatus.PLACED, order.getStatus());
        assertEquals(7L, order.getPaymentAuthorizationId());
        assertEquals(DEADLINE, order.getAcceptBy());
    }

    @Test
    void movesForwardThroughItsLife() {
        Order order = in(OrderStatus.PLACED);
        order.accept(25, NOW.plusMillis(700));
        assertEquals(25, order.getPreparationMinutes());
        assertEquals(NOW.plusSeconds(25 * 60), order.getReadyBy(), "to the second, as it is stored and shown");
        order.startPreparing();
        assertEquals(OrderStatus.IN_PREPARATION, order.getStatus());
        order.ready();
        assertEquals(OrderStatus.READY, order.getStatus());
        order.pickedUp(20);
        order.delivered();
        assertEquals(OrderStatus.DELIVERED, order.getStatus());
        assertEquals(20L, order.getCourierId());
    }

    @Test
    void aPickedUpOrderItsCourierCouldNotDeliverEndsWithTheReason() {
        Order order = in(OrderStatus.PICKED_UP);

        order.deliveryFailed("ADDRESS_NOT_FOUND", "no number 2");

        assertEquals(OrderStatus.DELIVERY_FAILED, order.getStatus());
        assertTrue(order.getStatus().isFinal());
        assertEquals("ADDRESS_NOT_FOUND", order.getDeliveryFailureReason());
        assertEquals("no number 2", order.getDeliveryFailureNote());
    }

    @Test
    void aScheduledOrderWaitsForItsReleaseThenGoesToItsMerchant() {
        Order order = pending();
        order.scheduleFor(SLOT, SLOT.minusSeconds(40 * 60));
        order.scheduled(7);
        assertEquals(OrderStatus.SCHEDULED, order.getStatus());
        assertEquals(null, order.getAcceptBy(), "nobody is asked yet");
        assertEquals(409, ProblemMappers.problem(assertThrows(DomainException.class, () -> order.accept(15, NOW)))
                .status(), "not its merchant's to accept before its release");

        assertFalse(order.releaseIfDueBy(SLOT.minusSeconds(40 * 60 + 1), SLOT));
        assertTrue(order.releaseIfDueBy(SLOT.minusSeconds(40 * 60), SLOT.minusSeconds(30 * 60)));
        assertEquals(OrderStatus.PLACED, order.getStatus());
        assertEquals(SLOT.minusSeconds(30 * 60), order.getAcceptBy());
        assertFalse(order.releaseIfDueBy(SLOT, SLOT), "released once");
        assertEquals(SLOT, order.getScheduledFor());
    }

    @Test
    void onlyACheckoutIsScheduledAndOnlyAScheduledOneIsPlacedAsScheduled() {
        assertThrows(IllegalStateException.class, () -> in(OrderStatus.PLACED).scheduleFor(SLOT, SLOT));
        assertThrows(IllegalStateException.class, () -> pending().scheduled(7));
    }

    @Test
    void aPreparationTakesOneToOneHundredEightyMinutes() {
        for (int minutes : new int[] {0, -5, 181, Integer.MAX_VALUE}) {
            Order order = in(OrderStatus.PLACED);
            DomainException refused = assertThrows(DomainException.class, () -> order.accept(minutes, NOW));
            assertEquals("problem.order.preparationMinutes", refused.code());
            assertEquals(400, ProblemMappers.problem(refused).status());
            assertEquals(OrderStatus.PLACED, order.getStatus(), "a refused acceptance changes nothing");
        }
        Order order = in(OrderStatus.PLACED);
        order.accept(180, NOW);
        assertEquals(NOW.plusSeconds(3 * 3600), order.getReadyBy());
    }

    @Test
    void aCourierTakingAnOrderTheKitchenDidNotMarkReadyTakesItAsReady() {
        Order order = in(OrderStatus.IN_PREPARATION);
        order.pickedUp(20);
        assertEquals(OrderStatus.PICKED_UP, order.getStatus());
    }

    @Test
    void theKitchenTicketIsCountedAndExistsOnlyWhileTheKitchenWorksOnTheOrder() {
        Order order = in(OrderStatus.ACCEPTED);
        assertEquals(1, order.printTicket());
        order.startPreparing();
        assertEquals(2, order.printTicket());
        order.ready();
        assertEquals(3, order.printTicket());
        for (OrderStatus status : EnumSet.complementOf(EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.IN_PREPARATION,
                OrderStatus.READY))) {
            assertEquals("problem.order.noTicket",
                    assertThrows(DomainException.class, in(status)::printTicket).code(), status.name());
        }
    }

    @Test
    void everyTransitionIsAllowedFromItsStatusesAndRefusedFromEveryOther() {
        for (Map.Entry<String, Consumer<Order>> transition : TRANSITIONS.entrySet()) {
            for (OrderStatus from : OrderStatus.values()) {
                Order order = in(from);
                if (ALLOWED_FROM.get(transition.getKey()).contains(from)) {
                    transition.getValue().accept(order);
                    assertTrue(order.getStatus() != from, transition.getKey() + " from " + from + " moved it");
                } else {
                    DomainException refused = assertThrows(DomainException.class,
                            () -> transition.getValue().accept(order), transition.getKey() + " from " + from);
                    assertEquals(409, ProblemMappers.problem(refused).status());
                    assertEquals(from, order.getStatus(), "a refused transition changes nothing");
                }
            }
        }
    }

    @Test
    void aCustomerCannotCancelOnceTheMerchantAccepted() {
        for (OrderStatus status : EnumSet.of(OrderStatus.ACCEPTED, OrderStatus.IN_PREPARATION, OrderStatus.READY,
                OrderStatus.PICKED_UP)) {
            assertEquals("problem.order.alreadyAccepted",
                    assertThrows(DomainException.class, in(status)::cancelByCustomer).code(), status.name());
        }
    }

    @Test
    void aMerchantRejectsWithAReasonOfItsOwnNeverTheDeadlines() {
        Order order = in(OrderStatus.PLACED);
        assertEquals(400, ProblemMappers.problem(assertThrows(DomainException.class, () -> order.reject(null))).status());
        assertEquals(400, ProblemMappers.problem(assertThrows(DomainException.class,
                () -> order.reject(RejectionReason.NOT_ACCEPTED_IN_TIME))).status());
        order.reject(RejectionReason.KITCHEN_TOO_BUSY);
        assertEquals(OrderStatus.REJECTED, order.getStatus());
        assertEquals(RejectionReason.KITCHEN_TOO_BUSY, order.getRejectionReason());
    }

    @Test
    void anOrderNobodyAcceptedIsRejectedAtItsDeadlineNotBefore() {
        Order order = in(OrderStatus.PLACED);
        assertFalse(order.rejectIfUnacceptedBy(DEADLINE.minusSeconds(1)));
        assertEquals(OrderStatus.PLACED, order.getStatus());
        assertTrue(order.rejectIfUnacceptedBy(DEADLINE));
        assertEquals(OrderStatus.REJECTED, order.getStatus());
        assertEquals(RejectionReason.NOT_ACCEPTED_IN_TIME, order.getRejectionReason());
    }

    @Test
    void anAcceptedOrderIsNotRejectedByTheDeadline() {
        Order order = in(OrderStatus.ACCEPTED);
        assertFalse(order.rejectIfUnacceptedBy(DEADLINE.plusSeconds(3600)));
        assertEquals(OrderStatus.ACCEPTED, order.getStatus());
    }

    @Test
    void aFailedCheckoutKeepsItsProblemAndIsGivenBackOnce() {
        Order order = pending();
        order.failed(402, "problem.payment.declined");
        assertEquals(402, order.getFailureStatus());
        assertEquals("problem.payment.declined", order.getFailureCode());
        order.compensated(DEADLINE);
        assertThrows(IllegalStateException.class, () -> in(OrderStatus.PLACED).compensated(DEADLINE));
    }

    @Test
    void discountsComeOffTheTotalButNeverPassTheLinesAndTheFeeSoTheTipStaysWhole() {
        Order order = pending();
        order.addLine(101, "Soupe", 2, Money.of(890, "EUR"), 1000);
        order.deliverTo(null, null, Money.of(299, "EUR"));
        order.tip(Money.of(200, "EUR"));

        order.discount(List.of(new OrderDiscount(1, "FREE_DELIVERY", null, "MERCHANT", 299),
                new OrderDiscount(2, "COUPON", "TEN", "PLATFORM", 178)), "TEN");

        assertEquals(Money.of(1780 + 299 + 200 - 299 - 178, "EUR"), order.total());
        assertEquals(477, order.discountMinor());
        DomainException tooMuch = assertThrows(DomainException.class, () -> order.discount(
                List.of(new OrderDiscount(3, "COUPON", "ALL", "PLATFORM", 1780 + 299 + 1)), "ALL"));
        assertEquals("problem.order.invalidDiscount", tooMuch.code());
        assertThrows(DomainException.class, () -> order.discount(
                List.of(new OrderDiscount(3, "COUPON", "NEG", "PLATFORM", -1)), "NEG"));
        assertEquals(477, order.discountMinor(), "a refused discount leaves the ones before");
    }

    @Test
    void aCouponLowersTheVatOfEachRateInProportionToWhatTheLinesChargeAtIt() {
        Order order = atThreeRatesWithFeeAndTip();

        order.discount(List.of(new OrderDiscount(1, "COUPON", "FIVE", "PLATFORM", 500)), "FIVE");

        // 5.00 over 42.60 of lines: 0.2347 / 0.4225 / 4.3427 -> 0.23 / 0.42 / 4.34, the cent left to the largest
        // remainder (the water's): 0.24 / 0.42 / 4.34; the fee keeps its whole VAT
        assertEquals(List.of(new VatShare(0, 176, 0),
                        new VatShare(550, 318, 17),     // 318 * 550 / 10550 = 16.58
                        new VatShare(1000, 3266, 297),  // 3266 * 1000 / 11000 = 296.91
                        new VatShare(2000, 299, 50)),
                order.vat());
        assertEquals(order.total().getAmountMinor() - 200,
                order.vat().stream().mapToLong(VatShare::grossMinor).sum(), "the shares are what is charged, but the tip");
    }

    @Test
    void aFreeDeliveryTakesTheFeeAndItsVatOffTheReceipt() {
        Order order = pending();
        order.addLine(101, "Soupe", 2, Money.of(890, "EUR"), 1000);
        order.deliverTo(null, null, Money.of(299, "EUR"));

        order.discount(List.of(new OrderDiscount(1, "FREE_DELIVERY", null, "MERCHANT", 299),
                new OrderDiscount(2, "COUPON", "TEN", "PLATFORM", 178)), "TEN");

        assertEquals(List.of(new VatShare(1000, 1602, 146)), order.vat(), "1602 * 1000 / 11000 = 145.64; no fee left");
    }

    /** 2 x 18.50 at 10 %, 3 x 1.20 at 5.5 %, 2.00 at 0 %, a 2.99 fee (France: 20 %) and a 2.00 tip. */
    private static Order atThreeRatesWithFeeAndTip() {
        Order order = pending();
        order.addLine(101, "Boeuf bourguignon", 2, Money.of(1850, "EUR"), 1000);
        order.addLine(102, "Baguette", 3, Money.of(120, "EUR"), 550);
        order.addLine(103, "Eau", 1, Money.of(200, "EUR"), 0);
        order.deliverTo(48.88, 2.34, Money.of(299, "EUR"));
        order.tip(Money.of(200, "EUR"));
        return order;
    }

    private static Order pending() {
        return new Order(1, "key", "fp", 1, 1, "Chez Marcel", "1 rue X", "FR", "Europe/Paris", "EUR", "2 rue Y", 1);
    }

    /** An order brought to {@code status} through the allowed transitions. */
    private static Order in(OrderStatus status) {
        Order order = pending();
        switch (status) {
            case PENDING -> { }
            case FAILED -> order.failed(402, "problem.payment.declined");
            case PLACED -> order.placed(7, DEADLINE);
            case SCHEDULED -> { order.scheduleFor(SLOT, SLOT.minusSeconds(3600)); order.scheduled(7); }
            case ACCEPTED -> { order.placed(7, DEADLINE); order.accept(15, NOW); }
            case IN_PREPARATION -> { order.placed(7, DEADLINE); order.accept(15, NOW); order.startPreparing(); }
            case READY -> { order.placed(7, DEADLINE); order.accept(15, NOW); order.ready(); }
            case REJECTED -> { order.placed(7, DEADLINE); order.reject(RejectionReason.OTHER); }
            case CANCELLED -> { order.placed(7, DEADLINE); order.cancelByCustomer(); }
            case PICKED_UP -> { order.placed(7, DEADLINE); order.accept(15, NOW); order.pickedUp(20); }
            case DELIVERED -> { order.placed(7, DEADLINE); order.accept(15, NOW); order.pickedUp(20); order.delivered(); }
            case DELIVERY_FAILED -> { order.placed(7, DEADLINE); order.accept(15, NOW); order.pickedUp(20);
                order.deliveryFailed("UNSAFE", null); }
        }
        assertEquals(status, order.getStatus());
        return order;
    }
}
