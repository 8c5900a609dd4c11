package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.payment.api.PayoutRunView;
import io.quartier.payment.api.event.PayoutPaid;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.payout.PayeeType;
import io.quartier.payment.domain.model.payout.PayoutRun;
import io.quartier.payment.domain.model.payout.Period;
import io.quartier.payment.domain.model.payout.RunStatus;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleLine;
import io.quartier.payment.domain.service.PostingSets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payout runs over delivered and captured orders of one shape: merchant 20 is owed 22.30 of each, courier 3 the job's
 * 6.12 earnings (posted at delivery, not the order's 2.49 fee) and a 2.00 tip.
 */
class PayoutsTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-27");
    static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    static final PayeeType.Payee MERCHANT = new PayeeType.Payee(PayeeType.MERCHANT, 20);
    static final PayeeType.Payee COURIER = new PayeeType.Payee(PayeeType.COURIER, 3);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryPayouts store = new InMemoryPayouts(ledger);
    private final List<DomainEvent> events = new ArrayList<>();
    private final Payouts payouts = new Payouts();

    @BeforeEach
    void wire() {
        PayoutRunLog runLog = new PayoutRunLog();
        runLog.payouts = store;
        payouts.payouts = store;
        payouts.runLog = runLog;
        payouts.ledger = ledger;
        payouts.events = events::add;
        payouts.self = payouts;
        at("2026-11-28T08:00:00Z");
    }

    @Test
    void paysEachPayeeWhatThePeriodOwesItOnceAndTheSecondRunOfThePeriodPaysNothing() {
        capture(1, NOON);
        capture(2, NOON.plusSeconds(60));
        capture(3, Instant.parse("2026-11-28T01:00:00Z"));

        PayoutRunView first = payouts.run(DAY, DAY, 99);
        PayoutRunView second = payouts.run(DAY, DAY, 99);

        assertEquals("FINISHED", first.status());
        assertEquals(2, first.payees());
        assertEquals(List.of(new PayoutRunView.Total("EUR", 2 * (2230 + 812), 2)), first.totals());
        assertEquals(List.of(2 * 2230L), amounts(MERCHANT));
        assertEquals(List.of(2 * 812L), amounts(COURIER));
        assertEquals(4, payouts.statement(store.paidTo(COURIER).get(0).getId(), COURIER).lines().size(),
                "the earnings and the tip of each order");
        assertEquals("FINISHED", second.status());
        assertEquals(0, second.payees());
        assertTrue(second.totals().isEmpty());
        assertEquals(2, store.payouts.size());
        assertEquals(-812, balance(Account.courier(3)) + balance(Account.tips(3)),
                "the courier is still owed the capture of the day after, and only that");
        assertEquals(List.of(new PayoutPaid(1, "MERCHANT", 20, 4460, "EUR", DAY, DAY),
                new PayoutPaid(2, "COURIER", 3, 1624, "EUR", DAY, DAY)), events);
        ledger.entries.forEach(e -> e.sumPerCurrency().values().forEach(sum -> assertEquals(0, sum)));
    }

    @Test
    void aRunOfTodayPaysUpToNowAndTheNextRunOfTodayPaysOnlyWhatCameAfter() {
        at("2026-11-27T13:00:00Z");
        capture(1, NOON);
        payouts.run(DAY, DAY, 99);
        capture(2, Instant.parse("2026-11-27T14:00:00Z"));
        at("2026-11-27T15:00:00Z");

        PayoutRunView later = payouts.run(DAY, DAY, 99);

        assertEquals(Instant.parse("2026-11-27T15:00:00Z"), later.cutOff());
        assertEquals(List.of(2230L, 2230L), amounts(MERCHANT));
        assertEquals(0, balance(Account.merchant(20)), "the merchant is owed nothing more");
    }

    @Test
    void aMerchantWhoseRefundsOutweighItsSalesIsNotPaidWhileTheCourierIs() {
        capture(1, NOON);
        ledger.post(JournalEntry.builder("refund:1", EntryKind.REFUND, "1", "EUR")
                .debit(Account.merchant(20), 3000).credit(Account.platform(AccountType.GATEWAY_CLEARING), 3000)
                .build(NOON.plusSeconds(1)));

        PayoutRunView run = payouts.run(DAY, DAY, 99);

        assertEquals(1, run.payees());
        assertEquals(List.of(), amounts(MERCHANT));
        assertEquals(List.of(812L), amounts(COURIER));
    }

    @Test
    void aRunIsRefusedWhileAnotherRunsAndAnAbandonedOneIsClosedAsFailed() {
        capture(1, NOON);
        Instant now = Instant.parse("2026-11-28T08:00:00Z");
        payouts.runLog.open(Period.of(DAY, DAY, now), 98, now.minusSeconds(60));

        DomainException refused = assertThrows(DomainException.class, () -> payouts.run(DAY, DAY, 99));
        assertEquals("problem.payout.runInProgress", refused.code());
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertTrue(store.payouts.isEmpty());

        at("2026-11-28T08:40:00Z");
        PayoutRunView run = payouts.run(DAY, DAY, 99);
        assertEquals(2, run.payees(), "merchant and courier paid");
        assertEquals(RunStatus.FAILED, store.runs.get(0).getStatus());
        assertEquals("abandoned", store.runs.get(0).getFailure());
    }

    @Test
    void aRunThatFailsIsLoggedFailedAndTheErrorIsNotSwallowed() {
        capture(1, NOON);
        ledger.post(JournalEntry.builder("payout:1", EntryKind.PAYOUT, null, "EUR")
                .debit(Account.merchant(99), 1).credit(Account.platform(AccountType.GATEWAY_CLEARING), 1)
                .build(NOON));

        assertThrows(IllegalStateException.class, () -> payouts.run(DAY, DAY, 99));

        PayoutRun run = store.runs.get(0);
        assertEquals(RunStatus.FAILED, run.getStatus());
        assertEquals("IllegalStateException", run.getFailure());
    }

    @Test
    void refusesPeriodsThatAreNotWholePastDays() {
        for (LocalDate[] period : new LocalDate[][] {{null, DAY}, {DAY, null}, {DAY, DAY.minusDays(1)},
                {DAY, DAY.plusDays(2)}, {DAY.minusDays(366), DAY}}) {
            DomainException e = assertThrows(DomainException.class, () -> payouts.run(period[0], period[1], 99));
            assertEquals("problem.payout.period", e.code());
        }
        assertTrue(store.runs.isEmpty());
        assertEquals(DAY.minusDays(365), payouts.run(DAY.minusDays(365), DAY, 99).from());
    }

    @Test
    void aPayeeReadsOnlyItsOwnStatements() {
        capture(1, NOON);
        payouts.run(DAY, DAY, 99);
        long merchantPayout = store.paidTo(MERCHANT).get(0).getId();

        assertEquals(2230, payouts.statement(merchantPayout, MERCHANT).payout().amountMinor());
        assertEquals(2230, payouts.statement(merchantPayout, null).payout().amountMinor(), "an admin reads any");
        DomainException other = assertThrows(DomainException.class,
                () -> payouts.statement(merchantPayout, new PayeeType.Payee(PayeeType.MERCHANT, 21)));
        assertEquals(DomainException.Kind.NOT_FOUND, other.kind());
        assertEquals(List.of(), payouts.paidTo(new PayeeType.Payee(PayeeType.MERCHANT, 21)));
    }

    private void at(String instant) {
        payouts.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** Courier 3 delivers the order (its job's earnings owed to it) and the order is captured a second later. */
    private void capture(long authorizationId, Instant at) {
        ledger.post(PostingSets.earning(authorizationId, String.valueOf(authorizationId), 3, 612, "EUR",
                at.minusSeconds(1)));
        ledger.post(PostingSets.capture(new Sale(authorizationId, String.valueOf(authorizationId),
                new Sale.Parties(42, 20, 3), "EUR", new Sale.Amounts(2850, 226, 299, 50, 200, 0, 0), 1500,
                List.of(new SaleLine(101, 2, 1000, 1000), new SaleLine(102, 1, 850, 550)), at), at));
    }

    private List<Long> amounts(PayeeType.Payee payee) {
        return store.paidTo(payee).stream().map(p -> p.getAmountMinor()).sorted().toList();
    }

    /** An account's balance over the whole journal (debits minus credits). */
    private long balance(Account account) {
        return ledger.entries.stream().mapToLong(e -> e.on(account)).sum();
    }
}
