package io.quartier.ordering.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.RejectionReason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-28T12:10:00Z");

    /** Every transition, by name, and the only statuses it may start from. */
    private static final Map<String, Set<OrderStatus>> ALLOWED_FROM = Map.of(
            "placed", EnumSet.of(OrderStatus.PENDING),
            "failed", EnumSet.of(OrderStatus.PENDING),
            "accept", EnumSet.of(OrderStatus.PLACED),
            "reject", EnumSet.of(OrderStatus.PLACED),
            "cancelByCustomer", EnumSet.of(OrderStatus.PLACED),
            "pickedUp", EnumSet.of(OrderStatus.ACCEPTED),
            "delivered", EnumSet.of(OrderStatus.PICKED_UP));

    private static final Map<String, Consumer<Order>> TRANSITIONS = Map.of(
            "placed", o -> o.placed(7, DEADLINE),
            "failed", o -> o.failed(402, "problem.payment.declined"),
            "accept", Order::accept,
            "reject", o -> o.reject(RejectionReason.OUT_OF_STOCK),
            "cancelByCustomer", Order::cancelByCustomer,
            "pickedUp", o -> o.pickedUp(20),
            "delivered", Order::delivered);

    @Test
    void totalIsTheSumOfLinesInMinorUnits() {
        Order order = pending();
        order.addLine(101, "Boeuf bourguignon", 2, Money.of(1850, "EUR"));
        order.addLine(102, "Tarte tatin", 1, Money.of(790, "EUR"));
        assertEquals(Money.of(4490, "EUR"), order.total());
    }

    @Test
    void refusesALinePricedInAnotherCurrency() {
        DomainException e = assertThrows(DomainException.class,
                () -> pending().addLine(201, "Apples", 1, Money.of(300, "GBP")));
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
        order.accept();
        order.pickedUp(20);
        order.delivered();
        assertEquals(OrderStatus.DELIVERED, order.getStatus());
        assertEquals(20L, order.getCourierId());
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
        Order order = in(OrderStatus.ACCEPTED);
        assertEquals("problem.order.alreadyAccepted",
                assertThrows(DomainException.class, order::cancelByCustomer).code());
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

    private static Order pending() {
        return new Order(1, "key", "fp", 1, 1, "Chez Marcel", "1 rue X", "EUR", "2 rue Y", 1);
    }

    /** An order brought to {@code status} through the allowed transitions. */
    private static Order in(OrderStatus status) {
        Order order = pending();
        switch (status) {
            case PENDING -> { }
            case FAILED -> order.failed(402, "problem.payment.declined");
            case PLACED -> order.placed(7, DEADLINE);
            case ACCEPTED -> { order.placed(7, DEADLINE); order.accept(); }
            case REJECTED -> { order.placed(7, DEADLINE); order.reject(RejectionReason.OTHER); }
            case CANCELLED -> { order.placed(7, DEADLINE); order.cancelByCustomer(); }
            case PICKED_UP -> { order.placed(7, DEADLINE); order.accept(); order.pickedUp(20); }
            case DELIVERED -> { order.placed(7, DEADLINE); order.accept(); order.pickedUp(20); order.delivered(); }
        }
        assertEquals(status, order.getStatus());
        return order;
    }
}
