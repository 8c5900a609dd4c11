package io.quartier.ordering.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import org.junit.jupiter.api.Test;

class OrderTest {

    private final Order order = new Order(1, "key", "fp", 1, 1, "Chez Marcel", "1 rue X", "EUR", "2 rue Y");

    @Test
    void totalIsTheSumOfLinesInMinorUnits() {
        order.addLine(101, "Boeuf bourguignon", 2, Money.of(1850, "EUR"));
        order.addLine(102, "Tarte tatin", 1, Money.of(790, "EUR"));
        assertEquals(Money.of(4490, "EUR"), order.total());
    }

    @Test
    void refusesALinePricedInAnotherCurrency() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> order.addLine(201, "Apples", 1, Money.of(300, "GBP")));
        assertEquals("problem.order.currencyMismatch", e.code());
    }

    @Test
    void movesForwardThroughItsLife() {
        order.accept();
        order.pickedUp(20);
        order.delivered();
        assertEquals(OrderStatus.DELIVERED, order.getStatus());
        assertEquals(20L, order.getCourierId());
    }

    @Test
    void cannotBeAcceptedTwiceNorDeliveredBeforePickup() {
        order.accept();
        assertEquals(409, assertThrows(ProblemException.class, order::accept).status());
        assertEquals("problem.order.wrongStatus", assertThrows(ProblemException.class, order::delivered).code());
        assertEquals(OrderStatus.ACCEPTED, order.getStatus());
    }
}
