package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.domain.model.order.Order;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutRecoveryTest {

    private final Checkouts world = new Checkouts();

    @Test
    void givesUpACheckoutLeftPendingAndGivesBackWhatItHeld() {
        Order pending = pendingWithStockHeld();
        world.later(Duration.ofMinutes(3));

        assertEquals(1, world.recovery.recover());

        Order order = world.orders.byId(pending.getId()).orElseThrow();
        assertEquals(OrderStatus.FAILED, order.getStatus());
        assertEquals(409, order.getFailureStatus());
        assertEquals("problem.order.abandoned", order.getFailureCode());
        assertTrue(world.catalog.held.isEmpty());
        assertEquals(List.of(order.getId()), world.payments.voided);
        assertNotNull(order.getCompensatedAt());
        assertTrue(world.events.published.isEmpty());
    }

    @Test
    void leavesACheckoutAloneThatMayStillBeRunning() {
        Order pending = pendingWithStockHeld();

        assertEquals(0, world.recovery.recover());

        assertEquals(OrderStatus.PENDING, world.orders.byId(pending.getId()).orElseThrow().getStatus());
        assertTrue(world.catalog.held.containsKey(pending.getId()));
    }

    @Test
    void finishesGivingBackWhatAFailedCheckoutCouldNotGiveBackAtTheTime() {
        world.payments.answer = FakePayments.Answer.DECLINE;
        world.catalog.release = FakeCatalog.Answer.NO_ANSWER;
        assertThrows(ProblemException.class, () -> world.place("k1"));
        Order failed = world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
        assertNull(failed.getCompensatedAt());

        assertEquals(0, world.recovery.recover(), "the catalog still does not answer: tried again later");
        world.catalog.release = FakeCatalog.Answer.YES;
        assertEquals(1, world.recovery.recover());

        assertTrue(world.catalog.held.isEmpty());
        assertNotNull(failed.getCompensatedAt());
        assertEquals(0, world.recovery.recover(), "nothing is left to settle");
    }

    private Order pendingWithStockHeld() {
        world.payments.answer = FakePayments.Answer.NO_ANSWER;
        assertThrows(ProblemException.class, () -> world.place("k1"));
        world.payments.answer = FakePayments.Answer.AUTHORISE;
        return world.orders.byIdempotencyKey(Checkouts.CUSTOMER, "k1").orElseThrow();
    }
}
