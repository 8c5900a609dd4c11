package io.quartier.ordering.domain.model.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.RejectionReason;
import io.quartier.ordering.domain.model.order.Order;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a multi-store order: its total, the customer's choice after a rejection, the delivery's hand-over. */
class OrderGroupTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final OrderGroup group = new OrderGroup(42, "key", "fp", "EUR", 3, NOW);
    private final Order bistro = part(1, 1850, 299, 200);
    private final Order bakery = part(2, 420, 0, 0);
    private final Order grocer = part(3, 990, 0, 0);
    private final List<Order> parts = List.of(bistro, bakery, grocer);

    OrderGroupTest() {
        group.placed(77, NOW);
        parts.forEach(p -> p.placed(77, NOW.plusSeconds(600)));
    }

    @Test
    void theTotalIsTheSumOfThePartsWithOneFeeAndOneTip() {
        assertEquals(Money.of(1850 + 299 + 200 + 420 + 990, "EUR"), OrderGroup.total(parts));
        assertEquals(OrderGroup.total(parts), group.charged(parts));
    }

    @Test
    void aRejectedPartCarryingTheDeliveryHandsFeeAndTipToTheNextPartStandingAndNoCentIsLost() {
        Money before = OrderGroup.total(parts);
        bistro.reject(RejectionReason.OUT_OF_STOCK);

        assertEquals(bakery, OrderGroup.handOverDelivery(bistro, parts).orElseThrow());

        assertEquals(before, OrderGroup.total(parts));
        assertEquals(Money.of(420 + 299 + 200, "EUR"), bakery.total());
        assertEquals(Money.of(1850, "EUR"), bistro.total());
        assertEquals(Money.of(420 + 299 + 200 + 990, "EUR"), group.charged(parts), "the rejected part is not charged");
        assertTrue(OrderGroup.handOverDelivery(bakery, parts).isEmpty(), "a part standing keeps what it carries");
    }

    @Test
    void aRejectionAsksTheCustomerOnceAndAnotherRejectionAsksAgain() {
        assertFalse(group.isChoicePending(parts));
        assertThrows(DomainException.class, () -> group.goOn(parts, NOW), "nothing to choose yet");

        bakery.reject(RejectionReason.KITCHEN_TOO_BUSY);
        assertTrue(group.isChoicePending(parts));
        group.goOn(parts, NOW);
        assertFalse(group.isChoicePending(parts));
        DomainException twice = assertThrows(DomainException.class, () -> group.goOn(parts, NOW));
        assertEquals("problem.orderGroup.noChoice", twice.code());

        grocer.reject(RejectionReason.CLOSING_SOON);
        assertTrue(group.isChoicePending(parts), "rejected while the customer had chosen: asked again");
    }

    @Test
    void cancellingCancelsEveryPartStandingOrNoneWhenAMerchantAccepted() {
        grocer.accept(10, NOW);
        assertThrows(DomainException.class, () -> group.cancel(parts, NOW));
        assertEquals(OrderStatus.PLACED, bistro.getStatus(), "all or none");

        Order other = part(4, 500, 0, 0);
        other.placed(78, NOW);
        OrderGroup single = new OrderGroup(42, "k2", "fp", "EUR", 3, NOW);
        single.placed(78, NOW);
        assertEquals(List.of(other), single.cancel(List.of(other), NOW));
        assertEquals(OrderStatus.CANCELLED, other.getStatus());
        assertThrows(DomainException.class, () -> single.cancel(List.of(other), NOW), "nothing left to cancel");
    }

    @Test
    void theGroupSettlesOnceWhenEveryPartIsOver() {
        bistro.reject(RejectionReason.OUT_OF_STOCK);
        bakery.cancelByCustomer();
        assertFalse(group.settleIfOver(parts, NOW), "one part is still on its way");
        grocer.accept(10, NOW);
        grocer.pickedUp(5);
        grocer.delivered();

        assertTrue(group.settleIfOver(parts, NOW));
        assertFalse(group.settleIfOver(parts, NOW), "once");
        assertFalse(group.isChoicePending(parts), "nothing left to go on with");
    }

    @Test
    void aPartItsCourierCouldNotDeliverIsOverAndTheGroupSettlesWithoutIt() {
        for (Order part : parts) {
            part.accept(10, NOW);
            part.pickedUp(5);
        }
        bistro.delivered();
        bakery.deliveryFailed("CUSTOMER_ABSENT", null);
        assertFalse(group.settleIfOver(parts, NOW), "one part is still on its way");
        grocer.deliveryFailed("CUSTOMER_ABSENT", null);

        assertTrue(group.settleIfOver(parts, NOW));
    }

    private static Order part(long id, long lineMinor, long feeMinor, long tipMinor) {
        Order part = new Order(42, "", "", 10 + id, id, "Store " + id, "here", "FR", "Europe/Paris", "EUR", "there", 3);
        part.addLine(100 + id, "Dish", 1, Money.of(lineMinor, "EUR"), 1000);
        part.deliverTo(null, null, Money.of(feeMinor, "EUR"));
        part.tip(Money.of(tipMinor, "EUR"));
        part.partOf(9, "group-9-" + id);
        try {
            Field field = Order.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(part, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return part;
    }
}
