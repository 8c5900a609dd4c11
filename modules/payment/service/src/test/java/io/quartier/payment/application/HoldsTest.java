package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.payment.api.event.PaymentVoided;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofMinutes(20));

    private final InMemoryHolds store = new InMemoryHolds();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Map<String, OrderStanding> standings = new HashMap<>();
    private final List<VoidDue> voidDue = new ArrayList<>();
    private final Holds holds = new Holds();

    HoldsTest() {
        holds.authorizations = store;
        holds.gateway = store;
        holds.events = events::add;
        holds.orders = new Orders() {
            @Override
            public OrderStanding standing(String reference) {
                OrderStanding standing = standings.get(reference);
                if (standing == null) {
                    throw new IllegalStateException("ordering did not answer");
                }
                return standing;
            }

            @Override
            public Orders.ChargedOrder charged(long orderId) {
                throw new AssertionError("holds never ask what an order charged");
            }
        };
        holds.self = holds;
        holds.voidDue = new Fired<>(voidDue);
        holds.releaseAfter = Duration.ofMinutes(15);
        holds.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void voidingAnOrderReleasesEveryOpenHoldOnceAndSaysSo() {
        Authorization first = store.hold("7", 1850, NOW);
        Authorization second = store.hold("7", 1850, NOW);
        store.hold("8", 990, NOW);

        assertEquals(2, holds.voidOrder("7").size());
        assertEquals(0, holds.voidOrder("7").size());

        assertEquals(List.of(first.getGatewayReference(), second.getGatewayReference()).stream().sorted().toList(),
                store.voided.stream().sorted().toList());
        assertEquals(AuthorizationStatus.VOIDED, first.getStatus());
        assertEquals(2, events.size());
        assertEquals("7", ((PaymentVoided) events.get(0)).orderReference());
    }

    @Test
    void aRejectedOrdersHoldsAreReleasedAtTheGatewayOnlyOnceTheConsumersTransactionCommitted() {
        Authorization hold = store.hold("7", 1850, NOW);

        assertEquals(List.of(hold.getId()), holds.dueForVoid("7"));
        assertEquals(List.of(hold.getId()), holds.dueForVoid("7"), "a redelivered event makes it due once more, no harm");

        assertTrue(store.voided.isEmpty(), "no gateway in the consumer's transaction");
        assertTrue(events.isEmpty());
        assertTrue(hold.isDueForVoid());
        assertEquals(List.of(new VoidDue(hold.getId()), new VoidDue(hold.getId())), voidDue);
        assertTrue(holds.release(hold.getId()), "the timer, once the transaction committed");
        assertFalse(holds.release(hold.getId()), "the second timer finds it released");
        assertEquals(List.of(hold.getGatewayReference()), store.voided);
        assertEquals(AuthorizationStatus.VOIDED, hold.getStatus());
        assertEquals(1, events.size());
    }

    @Test
    void aVoidTheGatewayMadeButNobodyRecordedIsFinishedByTheClock() {
        Authorization hold = store.hold("7", 1850, NOW);
        store.crashAfterNextCall = true;

        holds.voidOrder("7");

        assertEquals(List.of(hold.getGatewayReference()), store.voided, "the gateway released it");
        assertEquals(AuthorizationStatus.AUTHORIZED, hold.getStatus(), "nothing recorded");
        assertEquals(0, holds.releaseOverdue(), "not overdue yet");
        holds.clock = Clock.fixed(NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC);
        assertEquals(1, holds.releaseOverdue());
        assertEquals(0, holds.releaseOverdue());

        assertEquals(AuthorizationStatus.VOIDED, hold.getStatus());
        assertEquals(List.of(hold.getGatewayReference(), hold.getGatewayReference()), store.voided,
                "asked again by the hold's reference, which the gateway releases once");
        assertEquals(1, events.size(), "one PaymentVoided");
    }

    @Test
    void aHoldDueForCaptureIsNotReleased() {
        Authorization hold = store.hold("7", 1850, NOW);
        hold.dueForCapture(20, 3, NOW);

        assertEquals(List.of(), holds.voidOrder("7"));

        assertTrue(store.voided.isEmpty(), "the gateway may have taken it already");
        assertTrue(hold.isDueForCapture());
    }

    @Test
    void aPlacedOrderConfirmsItsHold() {
        Authorization hold = store.hold("7", 1850, NOW);

        holds.confirmOrder(7);

        assertNotNull(hold.getConfirmedAt());
    }

    @Test
    void anUnconfirmedHoldIsVoidedOnlyWhenItsOrderDoesNotStand() {
        Authorization gone = store.hold("1", 100, LONG_AGO);
        Authorization stands = store.hold("2", 200, LONG_AGO);
        Authorization pending = store.hold("3", 300, LONG_AGO);
        Authorization unknown = store.hold("4", 400, LONG_AGO);
        Authorization recent = store.hold("5", 500, NOW);
        standings.put("1", OrderStanding.GONE);
        standings.put("2", OrderStanding.STANDS);
        standings.put("3", OrderStanding.PENDING);
        standings.put("5", OrderStanding.GONE);

        assertEquals(1, holds.releaseAbandoned());

        assertEquals(AuthorizationStatus.VOIDED, gone.getStatus());
        assertEquals(List.of(gone.getGatewayReference()), store.voided);
        assertNotNull(stands.getConfirmedAt(), "its OrderPlaced was late: the hold is the order's");
        assertNull(pending.getConfirmedAt(), "ordering's recovery decides");
        assertEquals(AuthorizationStatus.AUTHORIZED, pending.getStatus());
        assertEquals(AuthorizationStatus.AUTHORIZED, unknown.getStatus(), "nothing is decided while ordering is silent");
        assertEquals(AuthorizationStatus.AUTHORIZED, recent.getStatus());
    }
}
