package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderGroupSettled;
import io.quartier.payment.api.event.PaymentCaptured;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.sale.Sale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapturesTest {

    private final InMemoryHolds store = new InMemoryHolds();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<CaptureDue> due = new ArrayList<>();
    private final List<VoidDue> voidDue = new ArrayList<>();
    private final Captures captures = new Captures();

    CapturesTest() {
        captures.authorizations = store;
        captures.gateway = store;
        captures.events = events::add;
        captures.ledger = ledger;
        captures.sales = ledger;
        captures.commissionRates = merchantId -> merchantId == 20 ? 1200 : 1500;
        captures.orders = new Orders() {
            @Override
            public io.quartier.ordering.api.OrderStanding standing(String orderReference) {
                throw new AssertionError("captures do not ask whether an order stands");
            }

            @Override
            public Orders.ChargedOrder charged(long orderId) {
                return Orders.ChargedOrder.of(order(orderId, 1850));
            }
        };
        captures.self = captures;
        captures.captureAt = CaptureMoment.DELIVERY;
        captures.due = new Fired<>(due);
        Holds holds = new Holds();
        holds.authorizations = store;
        holds.gateway = store;
        holds.events = events::add;
        holds.self = holds;
        holds.voidDue = new Fired<>(voidDue);
        captures.holds = holds;
    }

    @Test
    void aMultiStoreOrderIsTakenOnceForItsDeliveredOrdersAndEachKeepsItsOwnSale() {
        Authorization group = store.hold("group-5", 1850 + 990, Instant.now());
        OrderGroupSettled settled = new OrderGroupSettled(5, 42, group.getId(), "EUR",
                List.of(new OrderGroupSettled.Delivered(7, 20, 3, 1850)));

        captures.orderDelivered(delivered(7, group.getId(), 1850));
        assertTrue(due.isEmpty(), "one order of the group delivered: the group's settlement takes the money");
        captures.groupSettled(settled);
        captures.groupSettled(settled);

        assertTrue(store.captured.isEmpty(), "the consumer's transaction asks no gateway");
        assertEquals(List.of(new CaptureDue(group.getId())), due, "due for capture once that commits, once");
        Authorization part = store.partsOf(group.getId()).get(0);
        assertEquals(1, store.partsOf(group.getId()).size(), "a part for the delivered order, once");
        assertEquals("7", part.getOrderReference());
        assertEquals(1850, part.getAmountMinor(), "the rejected order's 990 are released");
        assertFalse(captures.capture(part.getId()), "a part waits until its group's hold is taken");

        assertTrue(captures.capture(group.getId()));

        assertEquals(List.of(group.getGatewayReference()), store.captured, "taken once, at the gateway");
        assertEquals(1850, store.capturedAmounts.get(0).getAmountMinor(), "what the delivered orders charged");
        assertEquals(AuthorizationStatus.CAPTURED, group.getStatus());
        assertEquals(AuthorizationStatus.CAPTURED, part.getStatus(), "the part is captured with its group");
        assertFalse(captures.capture(part.getId()));
        assertEquals(1, store.captured.size(), "the part's capture takes nothing more at the gateway");
        assertEquals(1, ledger.sales.size());
        assertEquals("7", ledger.sales.get(0).getOrderReference());
        assertEquals(1850, ledger.entries.get(0).on(Account.platform(AccountType.GATEWAY_CLEARING)));
    }

    @Test
    void aMultiStoreOrderWithNothingDeliveredIsReleasedWholeOnceTheConsumerCommitted() {
        Authorization group = store.hold("group-6", 2840, Instant.now());

        captures.groupSettled(new OrderGroupSettled(6, 42, group.getId(), "EUR", List.of()));

        assertTrue(store.voided.isEmpty(), "the consumer's transaction asks no gateway");
        assertEquals(List.of(new VoidDue(group.getId())), voidDue);
        assertTrue(captures.holds.release(group.getId()));
        assertEquals(AuthorizationStatus.VOIDED, group.getStatus());
        assertEquals(List.of(group.getGatewayReference()), store.voided);
        assertTrue(store.captured.isEmpty());
        assertTrue(due.isEmpty());
    }

    @Test
    void aCaptureTheGatewayMadeButNobodyRecordedIsFinishedByTheClockAndPostedOnce() {
        Authorization hold = store.hold("7", 1850, Instant.now());
        captures.orderDelivered(delivered(7, hold.getId(), 1850));
        store.crashAfterNextCall = true;

        assertThrows(IllegalStateException.class, () -> captures.capture(hold.getId()), "the server dies");
        assertEquals(List.of(hold.getGatewayReference()), store.captured, "the gateway took it");
        assertTrue(hold.isDueForCapture(), "nothing recorded: still due");
        assertTrue(ledger.entries.isEmpty());

        captures.clock = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(2));
        assertEquals(1, captures.captureOverdue());

        assertEquals(List.of(hold.getGatewayReference(), hold.getGatewayReference()), store.captured,
                "asked again by the hold's reference, which takes nothing more at the gateway");
        assertEquals(AuthorizationStatus.CAPTURED, hold.getStatus());
        assertEquals(1, ledger.entries.size());
        assertEquals(0, captures.captureOverdue());
    }

    @Test
    void byDefaultAnAcceptedOrderIsChargedOnlyAtDelivery() {
        Authorization hold = store.hold("7", 1850, Instant.now());

        captures.orderAccepted(accepted(7, null));

        assertTrue(due.isEmpty());
        assertFalse(captures.capture(hold.getId()));
        assertTrue(store.captured.isEmpty());
    }

    @Test
    void capturedAtAcceptanceTheGatewayTakesTheHoldOnceAndTheSaleWaitsForDelivery() {
        captures.captureAt = CaptureMoment.ACCEPTANCE;
        Authorization hold = store.hold("7", 1850, Instant.now());

        captures.orderAccepted(accepted(7, null));
        captures.orderAccepted(accepted(7, null));

        assertTrue(store.captured.isEmpty(), "the consumer's transaction asks no gateway");
        assertEquals(List.of(new CaptureDue(hold.getId()), new CaptureDue(hold.getId())), due);
        assertTrue(captures.capture(hold.getId()));
        assertFalse(captures.capture(hold.getId()), "the second timer finds it taken");
        assertEquals(List.of(hold.getGatewayReference()), store.captured, "taken at acceptance");
        assertEquals(AuthorizationStatus.AUTHORIZED, hold.getStatus(), "the sale waits for the courier");
        assertTrue(ledger.entries.isEmpty());

        captures.orderDelivered(delivered(7, hold.getId(), 1850));
        assertTrue(captures.capture(hold.getId()));

        assertEquals(List.of(hold.getGatewayReference(), hold.getGatewayReference()), store.captured,
                "asked again by the hold's reference at delivery, which takes nothing more");
        assertEquals(AuthorizationStatus.CAPTURED, hold.getStatus());
        assertEquals(1, ledger.entries.size());
        assertEquals(-200, ledger.entries.get(0).on(Account.tips(3)), "the courier known at delivery gets the tip");
    }

    @Test
    void capturedAtAcceptanceAnOrderAbandonedAfterwardsIsRefundedNotVoided() {
        captures.captureAt = CaptureMoment.ACCEPTANCE;
        Authorization hold = store.hold("7", 1850, Instant.now());
        captures.orderAccepted(accepted(7, null));
        captures.capture(hold.getId());

        captures.holds.dueForVoid("7");
        assertTrue(captures.holds.release(hold.getId()));

        assertTrue(store.voided.isEmpty(), "taken money cannot be voided");
        assertEquals(Map.of("release:" + hold.getId(), hold.amount()), store.refunded, "given back in full, once");
        assertEquals(AuthorizationStatus.VOIDED, hold.getStatus(), "the order charged nothing");
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void capturedAtAcceptanceAMultiStoreOrderAWalletOrSeveralHoldsWaitForDelivery() {
        captures.captureAt = CaptureMoment.ACCEPTANCE;
        store.hold("group-5", 2840, Instant.now());
        store.hold("8", 990, Instant.now());
        store.hold("8", 990, Instant.now());
        store.add(Authorization.ofWallet("9", 42, 3, io.quartier.kernel.Money.of(500, "EUR"), "qw_9", "key-w", "fp-w",
                Instant.now()));

        captures.orderAccepted(accepted(5, 5L));
        captures.orderAccepted(accepted(8, null));
        captures.orderAccepted(accepted(9, null));

        assertTrue(due.isEmpty(), "a group's hold is taken at its settlement; of two holds, the order names one"
                + " later; a wallet's money is the platform's already");
    }

    @Test
    void aHoldDueForVoidIsNeverCaptured() {
        Authorization hold = store.hold("7", 1850, Instant.now());
        captures.holds.dueForVoid("7");

        assertThrows(IllegalStateException.class, () -> captures.orderDelivered(delivered(7, hold.getId(), 1850)));
        assertFalse(captures.capture(hold.getId()));
        assertTrue(store.captured.isEmpty());
    }

    @Test
    void aDeliveredOrderCapturesTheHoldItRecordedOnceAndPostsItOnce() {
        Authorization recorded = store.hold("7", 1850, Instant.now());
        Authorization extra = store.hold("7", 1850, Instant.now());
        OrderDelivered delivered = delivered(7, recorded.getId(), 1850);

        captures.orderDelivered(delivered);
        assertEquals(List.of(new CaptureDue(recorded.getId())), due);
        assertTrue(captures.capture(recorded.getId()));
        captures.orderDelivered(delivered);
        assertFalse(captures.capture(recorded.getId()), "a redelivered event captures nothing more");

        assertEquals(List.of(recorded.getGatewayReference()), store.captured);
        assertEquals(AuthorizationStatus.CAPTURED, recorded.getStatus());
        assertEquals(AuthorizationStatus.VOIDED, extra.getStatus());
        assertEquals(List.of(extra.getGatewayReference()), store.voided, "released after the capture committed");
        assertEquals(List.of(new PaymentCaptured(recorded.getId(), "7", 1850, "EUR")),
                events.stream().filter(PaymentCaptured.class::isInstance).toList());
        assertEquals(1, ledger.entries.size());
        JournalEntry entry = ledger.entries.get(0);
        assertEquals("capture:" + recorded.getId(), entry.getEntryKey());
        assertEquals(1850, entry.on(Account.platform(AccountType.GATEWAY_CLEARING)));
        assertEquals(-200, entry.on(Account.tips(3)), "the courier of the delivery gets the tip");
        assertEquals(-(123 + 50), entry.on(Account.platform(AccountType.VAT)), "ordering's VAT, items and fee");
    }

    @Test
    void theSaleKeepsOrderingsPartsAndTheMerchantsOwnCommissionRate() {
        Authorization hold = store.hold("7", 1850, Instant.now());
        captures.orderDelivered(new OrderDelivered(7, 42, 20, 3, hold.getId(), 1850, "EUR"));
        captures.capture(hold.getId());

        Sale sale = ledger.sales.get(0);
        assertEquals(1200, sale.getCommissionBasisPoints());
        assertEquals(1350, sale.getCharges().getItemsGrossMinor());
        assertEquals(123, sale.getCharges().getItemsVatMinor(), "1350 at 10 %");
        assertEquals(300, sale.getCharges().getFeeGrossMinor());
        assertEquals(50, sale.getCharges().getFeeVatMinor(), "what ordering's VAT leaves once the items' is taken");
        assertEquals(200, sale.getCharges().getTipMinor());
        assertEquals(20, sale.getMerchantId());
    }

    @Test
    void aHoldOfAnotherOrderOrForAnotherAmountIsNeverCaptured() {
        Authorization other = store.hold("8", 1850, Instant.now());
        Authorization cheaper = store.hold("7", 990, Instant.now());

        assertThrows(IllegalStateException.class, () -> captures.orderDelivered(delivered(7, other.getId(), 1850)));
        assertThrows(IllegalStateException.class, () -> captures.orderDelivered(delivered(7, cheaper.getId(), 1850)));

        assertTrue(due.isEmpty());
        assertTrue(store.captured.isEmpty());
        assertTrue(events.isEmpty());
    }

    @Test
    void anOrderThatOrderingPricesOtherwiseThanTheHoldIsNotCaptured() {
        Authorization hold = store.hold("7", 1850, Instant.now());
        captures.orderDelivered(delivered(7, hold.getId(), 1850));

        assertThrows(IllegalStateException.class, () -> captures.capture(hold.getId(), Orders.ChargedOrder.of(order(7, 1849))));

        assertTrue(store.captured.isEmpty());
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void aDueCaptureThatDidNotFinishIsDoneByTheClock() {
        Authorization hold = store.hold("7", 1850, Instant.now());
        captures.orderDelivered(delivered(7, hold.getId(), 1850));
        captures.clock = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(2));

        assertEquals(1, captures.captureOverdue());
        assertEquals(0, captures.captureOverdue());
        assertEquals(AuthorizationStatus.CAPTURED, hold.getStatus());
    }

    private static OrderAccepted accepted(long orderId, Long groupId) {
        return new OrderAccepted(orderId, 42, 20, 1, "Chez Marcel", "here", "there", Instant.now(), null, null, 200L,
                "EUR", groupId);
    }

    private static OrderDelivered delivered(long orderId, long authorizationId, long totalMinor) {
        return new OrderDelivered(orderId, 42, 20, 3, authorizationId, totalMinor, "EUR");
    }

    /** 1350 of a dish at 10 %, a 300 fee at 20 % and a 200 tip: ordering's VAT is 123 + 50 (two rates). */
    private static OrderView order(long id, long total) {
        return new OrderView(id, 42, 20, 1, "Chez Marcel", "DELIVERED",
                List.of(new OrderView.Line(101, "Dish", 1, 1350, 1000)), total, "EUR", "here", Instant.now(), 3L,
                1L, null, null, null, 10, null, "there", "FR", "Europe/Paris", 1350, 300, 200,
                List.of(new OrderView.Vat(1000, 1350, 123, 1227), new OrderView.Vat(2000, 300, 50, 250)), null);
    }
}
