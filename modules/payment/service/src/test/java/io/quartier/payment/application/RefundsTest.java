package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.RefundRequest;
import io.quartier.payment.api.RefundView;
import io.quartier.payment.api.event.RefundIssued;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.refund.Refund;
import io.quartier.payment.domain.model.refund.RefundStatus;
import io.quartier.payment.domain.model.sale.Fault;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Refunds of a captured 33.49 order: 28.50 of items (a 10.00 dish twice, one at 8.50), a 2.99 fee and a 2.00 tip. */
class RefundsTest {

    private final InMemoryHolds holds = new InMemoryHolds();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryRefunds store = new InMemoryRefunds();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Refunds refunds = new Refunds();

    private final Authorization hold;

    RefundsTest() {
        refunds.sales = ledger;
        refunds.ledger = ledger;
        refunds.authorizations = holds;
        refunds.gateway = holds;
        refunds.refunds = store;
        refunds.events = events::add;
        refunds.self = refunds;
        hold = holds.hold("7", 3349, Instant.now());
        ledger.add(new Sale(hold.getId(), "7", new Sale.Parties(42, 20, 3), "EUR",
                new Sale.Amounts(2850, 226, 299, 50, 200, 0, 0), 1500,
                List.of(new SaleLine(101, 2, 1000, 1000), new SaleLine(102, 1, 850, 550)), Instant.now()));
    }

    @Test
    void aRefundIsGivenBackOncePostedAndAnnouncedAndARetryAnswersTheSame() {
        RefundRequest tip = request("COURIER", false, 0, 0, 200, List.of());

        RefundView first = refunds.refund("k1", tip, 99);
        RefundView again = refunds.refund("k1", tip, 99);

        assertEquals("COMPLETED", first.status());
        assertEquals(first, again);
        assertEquals(Map.of("refund:" + first.id(), Money.of(200, "EUR")), holds.refunded);
        assertEquals(1, ledger.entries.size());
        assertEquals(200, ledger.entries.get(0).on(Account.tips(3)));
        assertEquals(List.of(new RefundIssued(first.id(), "7", 200, "EUR", "COURIER", 0, 0, 200)), events);
    }

    @Test
    void aKeyReusedForAnotherRefundIsRefused() {
        refunds.refund("k1", request("MERCHANT", false, 100, 0, 0, List.of()), 99);

        ProblemException e = assertThrows(ProblemException.class,
                () -> refunds.refund("k1", request("MERCHANT", false, 101, 0, 0, List.of()), 99));
        assertEquals(422, e.status());
    }

    @Test
    void refundsNeverPassWhatWasCaptured() {
        refunds.refund("k1", request("MERCHANT", false, 0, 0, 0, List.of(new RefundRequest.Line(0, 2))), 99);
        refunds.refund("k2", request("CUSTOMER", true, 0, 0, 0, List.of()), 99);

        DomainException e = assertThrows(DomainException.class,
                () -> refunds.refund("k3", request("PLATFORM", false, 1, 0, 0, List.of()), 99));
        assertEquals("problem.refund.exceedsCapture", e.code());
        assertEquals(3349, holds.refunded.values().stream().mapToLong(Money::getAmountMinor).sum());
        assertEquals(2, ledger.entries.size());
    }

    @Test
    void aDeclinedRefundGivesNothingBackAndLeavesTheAmountFree() {
        holds.refundAnswer = "declined";
        RefundView declined = refunds.refund("k1", request("MERCHANT", true, 0, 0, 0, List.of()), 99);
        holds.refundAnswer = "approved";
        RefundView full = refunds.refund("k2", request("MERCHANT", true, 0, 0, 0, List.of()), 99);

        assertEquals("FAILED", declined.status());
        assertEquals("refund_declined", declined.failureCode());
        assertEquals(3349, full.amountMinor());
        assertEquals(1, ledger.entries.size());
    }

    @Test
    void aRefundTheGatewayDidNotAnswerIsAskedAgainWithTheSameKeyLater() {
        holds.refundAnswer = "silent";
        RefundView waiting = refunds.refund("k1", request("PLATFORM", false, 500, 0, 0, List.of()), 99);
        assertEquals("PENDING", waiting.status());
        assertTrue(ledger.entries.isEmpty());

        holds.refundAnswer = "approved";
        refunds.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        assertEquals(1, refunds.settlePending());
        assertEquals(0, refunds.settlePending());

        assertEquals(Map.of("refund:" + waiting.id(), Money.of(500, "EUR")), holds.refunded);
        assertEquals(460, ledger.entries.get(0).on(Account.platform(AccountType.PLATFORM_COMMISSION)));
    }

    @Test
    void onlyACapturedOrderIsRefundedAndOnlyACourierWhoDeliveredIsAtFault() {
        ProblemException notCaptured = assertThrows(ProblemException.class,
                () -> refunds.refund("k1", new RefundRequest(8, "MERCHANT", true, 0, 0, 0, List.of(), null), 99));
        assertEquals("problem.refund.notCaptured", notCaptured.code());
        ProblemException noKey = assertThrows(ProblemException.class,
                () -> refunds.refund(" ", request("MERCHANT", true, 0, 0, 0, List.of()), 99));
        assertEquals(400, noKey.status());
        assertTrue(holds.refunded.isEmpty());
    }

    @Test
    void aRefundMadeInTheGatewaysDashboardIsBookedOnceAtThePlatformsFaultItemsFirst() {
        Optional<Refund> booked = refunds.bookMadeAtGateway("re_dash1", hold.getGatewayReference(),
                Money.of(3000, "EUR"));
        Optional<Refund> again = refunds.bookMadeAtGateway("re_dash1", hold.getGatewayReference(),
                Money.of(3000, "EUR"));

        assertTrue(booked.isPresent());
        assertTrue(again.isEmpty(), "a gateway refund is booked once, whichever of its events comes");
        assertEquals(RefundStatus.COMPLETED, booked.get().getStatus());
        assertEquals(Fault.PLATFORM, booked.get().getFault());
        assertEquals("re_dash1", booked.get().getGatewayReference());
        assertEquals(2850, booked.get().getGiven().getItemsGrossMinor(), "the items first");
        assertEquals(150, booked.get().getGiven().getFeeGrossMinor(), "then the fee");
        assertEquals(0, booked.get().getGiven().getTipMinor());
        assertTrue(holds.refunded.isEmpty(), "the gateway is not asked: the money is already back");
        assertEquals(1, ledger.entries.size());
        assertEquals(List.of(new RefundIssued(booked.get().getId(), "7", 3000, "EUR", "PLATFORM", 2850, 150, 0)),
                events);
        RefundView left = refunds.refund("k1", request("MERCHANT", true, 0, 0, 0, List.of()), 99);
        assertEquals(349, left.amountMinor(), "what the dashboard gave back counts against what is left");
    }

    @Test
    void aDashboardRefundBeyondWhatIsLeftOrOfAnUnknownHoldIsNotBooked() {
        refunds.refund("k1", request("MERCHANT", false, 2000, 0, 0, List.of()), 99);

        assertTrue(refunds.bookMadeAtGateway("re_dash2", hold.getGatewayReference(), Money.of(1350, "EUR")).isEmpty());
        assertTrue(refunds.bookMadeAtGateway("re_dash3", hold.getGatewayReference(), Money.of(1349, "GBP")).isEmpty());
        assertTrue(refunds.bookMadeAtGateway("re_dash4", "pi_unknown", Money.of(100, "EUR")).isEmpty());
        assertEquals(1, ledger.entries.size(), "only support's refund is posted");
        assertEquals(1349, refunds.bookMadeAtGateway("re_dash5", hold.getGatewayReference(), Money.of(1349, "EUR"))
                .orElseThrow().amount().getAmountMinor(), "exactly what is left is booked");
    }

    private static RefundRequest request(String fault, boolean full, long items, long fee, long tip,
                                         List<RefundRequest.Line> lines) {
        return new RefundRequest(7, fault, full, items, fee, tip, lines, "a reason");
    }
}
