package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.RejectionReason;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderRejected;
import io.quartier.ordering.api.event.OrderReleased;
import io.quartier.ordering.domain.model.order.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

    private static final long CUSTOMER = 42;
    private static final long MERCHANT = 7;

    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordedEvents events = new RecordedEvents();
    private final OrderLifecycle lifecycle = new OrderLifecycle();

    OrderLifecycleTest() {
        lifecycle.orders = orders;
        lifecycle.events = events;
        OrderGroups groups = new OrderGroups();
        groups.groups = new InMemoryOrderGroups();
        groups.orders = orders;
        groups.events = events;
        lifecycle.groups = groups;
        lifecycle.acceptanceDeadline = Duration.ofMinutes(10);
    }

    @Test
    void scheduledOrdersGoToTheirMerchantsWhenTheirTimeComesNotBeforeAndOnce() {
        Order due = scheduled(Instant.now().minusSeconds(1));
        Order later = scheduled(Instant.now().plusSeconds(3600));

        assertEquals(1, lifecycle.releaseScheduled());
        assertEquals(0, lifecycle.releaseScheduled(), "released once");

        assertEquals(OrderStatus.PLACED, due.getStatus());
        assertTrue(due.getAcceptBy().isAfter(Instant.now().plusSeconds(9 * 60)), "the usual ten minutes to accept");
        assertEquals(OrderStatus.SCHEDULED, later.getStatus());
        OrderReleased released = (OrderReleased) events.published.get(0);
        assertEquals((long) due.getId(), released.orderId());
        assertEquals(due.getScheduledFor(), released.scheduledFor());
        assertEquals(1, events.published.size());
    }

    @Test
    void aMerchantRejectingPublishesOrderRejectedWithTheReason() {
        Order order = placed(Instant.now().plusSeconds(600));

        lifecycle.reject(order.getId(), MERCHANT, RejectionReason.KITCHEN_TOO_BUSY);

        assertEquals(OrderStatus.REJECTED, order.getStatus());
        OrderRejected rejected = (OrderRejected) events.published.get(0);
        assertEquals((long) order.getId(), rejected.orderId());
        assertEquals("KITCHEN_TOO_BUSY", rejected.reason());
    }

    @Test
    void aCustomerCancellingPublishesOrderCancelled() {
        Order order = placed(Instant.now().plusSeconds(600));

        lifecycle.cancel(order.getId(), CUSTOMER);

        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(new OrderCancelled(order.getId(), CUSTOMER, MERCHANT, 1), events.published.get(0));
    }

    @Test
    void anAcceptedOrderCannotBeCancelledAndNothingIsPublished() {
        Order order = placed(Instant.now().plusSeconds(600));
        lifecycle.accept(order.getId(), MERCHANT, 15);

        DomainException refused = assertThrows(DomainException.class, () -> lifecycle.cancel(order.getId(), CUSTOMER));

        assertEquals("problem.order.alreadyAccepted", refused.code());
        assertEquals(List.of("OrderAccepted"), events.types());
    }

    @Test
    void anotherMerchantsOrAnotherCustomersOrderIsNotFound() {
        Order order = placed(Instant.now().plusSeconds(600));

        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> lifecycle.reject(order.getId(), MERCHANT + 1, RejectionReason.OTHER)).kind());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> lifecycle.cancel(order.getId(), CUSTOMER + 1)).kind());
        assertEquals(OrderStatus.PLACED, order.getStatus());
        assertTrue(events.published.isEmpty());
    }

    @Test
    void onlyOrdersPastTheirDeadlineAreRejectedForWantOfAnAnswer() {
        Order late = placed(Instant.now().minusSeconds(1));
        Order inTime = placed(Instant.now().plusSeconds(600));

        assertEquals(1, lifecycle.rejectUnaccepted());

        assertEquals(OrderStatus.REJECTED, late.getStatus());
        assertEquals(RejectionReason.NOT_ACCEPTED_IN_TIME, late.getRejectionReason());
        assertEquals(OrderStatus.PLACED, inTime.getStatus());
        assertEquals("NOT_ACCEPTED_IN_TIME", ((OrderRejected) events.published.get(0)).reason());
    }

    @Test
    void theKitchenSaysWhenItStartsAndWhenTheOrderIsReadyOnlyForItsOwnOrders() {
        Order order = placed(Instant.now().plusSeconds(600));
        lifecycle.accept(order.getId(), MERCHANT, 20);

        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> lifecycle.startPreparing(order.getId(), MERCHANT + 1)).kind());
        lifecycle.startPreparing(order.getId(), MERCHANT);
        assertEquals(1, lifecycle.printTicket(order.getId(), MERCHANT).print());
        assertEquals(2, lifecycle.printTicket(order.getId(), MERCHANT).print());
        lifecycle.ready(order.getId(), MERCHANT);

        assertEquals(OrderStatus.READY, order.getStatus());
        assertEquals(List.of("OrderAccepted", "OrderInPreparation", "OrderReady"), events.types());
        assertEquals(order.getReadyBy(), ((OrderAccepted) events.published.get(0)).readyBy());
    }

    @Test
    void theCourierPicksUpAndDeliversAndDeliveryCarriesTheHoldToCapture() {
        Order order = placed(Instant.now().plusSeconds(600));
        lifecycle.accept(order.getId(), MERCHANT, 15);

        lifecycle.pickedUp(order.getId(), 20);
        lifecycle.delivered(order.getId());

        assertEquals(List.of("OrderAccepted", "OrderPickedUp", "OrderDelivered"), events.types());
        OrderDelivered delivered = (OrderDelivered) events.published.get(2);
        assertEquals(9L, delivered.paymentAuthorizationId());
        assertEquals(890, delivered.totalMinor());
    }

    private Order scheduled(Instant releaseAt) {
        Order order = new Order(CUSTOMER, "key-s-" + releaseAt, "fp", MERCHANT, 1, "Chez Marcel", "1 rue X", "FR",
                "Europe/Paris", "EUR", "2 rue Y", 3);
        order.addLine(101, "Soupe", 1, Money.of(890, "EUR"), 1000);
        orders.add(order);
        order.scheduleFor(releaseAt.plusSeconds(40 * 60), releaseAt);
        order.scheduled(9);
        return order;
    }

    private Order placed(Instant acceptBy) {
        Order order = new Order(CUSTOMER, "key-" + acceptBy, "fp", MERCHANT, 1, "Chez Marcel", "1 rue X", "FR",
                "Europe/Paris", "EUR", "2 rue Y", 3);
        order.addLine(101, "Soupe", 1, Money.of(890, "EUR"), 1000);
        orders.add(order);
        order.placed(9, acceptBy);
        return order;
    }
}
