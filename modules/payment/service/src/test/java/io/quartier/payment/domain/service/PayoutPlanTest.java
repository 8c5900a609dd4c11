package io.quartier.payment.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.ledger.Posting;
import io.quartier.payment.domain.model.payout.OpenLine;
import io.quartier.payment.domain.model.payout.PayeeType;
import io.quartier.payment.domain.model.payout.PayeeType.Payee;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a run pays, from real captures and earnings (see {@link PostingSetsTest}: the merchant is owed 22.30 of each
 * order, the courier the job's 6.12 earnings and a 2.00 tip).
 */
class PayoutPlanTest {

    static final Payee MERCHANT = new Payee(PayeeType.MERCHANT, PostingSetsTest.MERCHANT);
    static final Payee COURIER = new Payee(PayeeType.COURIER, PostingSetsTest.COURIER);

    @Test
    void paysEachMerchantItsSalesAndEachCourierItsEarningsWithItsTipsInOnePayout() {
        List<OpenLine> owed = new ArrayList<>(delivered(1));
        owed.addAll(delivered(2));

        PayoutPlan.Result plan = PayoutPlan.of(owed, Set.of());

        assertEquals(Map.of(MERCHANT, 2 * 2230L, COURIER, 2 * (612L + 200)), totals(plan.toPay()));
        PayoutPlan.Draft courier = plan.toPay().stream().filter(d -> d.payee().equals(COURIER)).findFirst().orElseThrow();
        assertEquals(Set.of(AccountType.COURIER_PAYABLE, AccountType.TIPS),
                courier.lines().stream().map(l -> l.account().type()).collect(Collectors.toSet()));
        assertEquals(400, courier.lines().stream().filter(l -> l.account().type() == AccountType.TIPS)
                .mapToLong(OpenLine::owedMinor).sum());
        assertEquals(List.of(612L, 612L), courier.lines().stream().filter(l -> l.kind() == EntryKind.EARNING)
                .map(OpenLine::owedMinor).toList(), "a line per job's earnings");
        assertTrue(plan.notPaid().isEmpty());
    }

    @Test
    void anOrderTheMerchantDeliveredItselfPaysItTheFeeAndTipToo() {
        PayoutPlan.Result plan = PayoutPlan.of(lines(1, capture(1, 0)), Set.of());

        assertEquals(Map.of(MERCHANT, 2230L + 249 + 200), totals(plan.toPay()));
    }

    @Test
    void linesAlreadyPaidAreNotPaidAgain() {
        List<OpenLine> first = delivered(1);
        List<OpenLine> owed = new ArrayList<>(first);
        owed.addAll(delivered(2));
        Set<OpenLine.Key> paid = first.stream().map(OpenLine::key).collect(Collectors.toSet());

        assertEquals(Map.of(MERCHANT, 2230L, COURIER, 812L), totals(PayoutPlan.of(owed, paid).toPay()));
        Set<OpenLine.Key> all = owed.stream().map(OpenLine::key).collect(Collectors.toSet());
        assertEquals(Map.of(), totals(PayoutPlan.of(owed, all).toPay()));
    }

    @Test
    void aPayeeWhoseRefundsOutweighItsSalesIsNotPaidAndOwesTheRest() {
        JournalEntry refund = JournalEntry.builder("refund:9", EntryKind.REFUND, "1", "EUR")
                .debit(Account.merchant(PostingSetsTest.MERCHANT), 3000)
                .credit(Account.platform(AccountType.GATEWAY_CLEARING), 3000)
                .build(PostingSetsTest.AT);
        List<OpenLine> owed = new ArrayList<>(delivered(1));
        owed.addAll(lines(9, refund));

        PayoutPlan.Result plan = PayoutPlan.of(owed, Set.of());

        assertEquals(Map.of(COURIER, 812L), totals(plan.toPay()));
        assertEquals(Map.of(MERCHANT, 2230L - 3000), totals(plan.notPaid()));
    }

    @Test
    void payeesAreKeptApartByCurrency() {
        JournalEntry pounds = JournalEntry.builder("capture:3", EntryKind.CAPTURE, "3", "GBP")
                .debit(Account.platform(AccountType.GATEWAY_CLEARING), 1000)
                .credit(Account.merchant(PostingSetsTest.MERCHANT), 1000)
                .build(PostingSetsTest.AT);
        List<OpenLine> owed = new ArrayList<>(lines(1, capture(1, PostingSetsTest.COURIER)));
        owed.addAll(lines(3, pounds));

        List<PayoutPlan.Draft> merchant = PayoutPlan.of(owed, Set.of()).toPay().stream()
                .filter(d -> d.payee().equals(MERCHANT)).toList();

        assertEquals(List.of("EUR", "GBP"), merchant.stream().map(PayoutPlan.Draft::currency).toList());
        assertEquals(List.of(2230L, 1000L), merchant.stream().map(PayoutPlan.Draft::totalMinor).toList());
    }

    /** Order {@code n} delivered by the courier (its job's earnings) and captured: entries 10n and 10n + 1. */
    static List<OpenLine> delivered(long n) {
        List<OpenLine> lines = new ArrayList<>(lines(10 * n, PostingSets.earning(n, String.valueOf(n),
                PostingSetsTest.COURIER, 612, "EUR", PostingSetsTest.AT)));
        lines.addAll(lines(10 * n + 1, capture(n, PostingSetsTest.COURIER)));
        return lines;
    }

    static JournalEntry capture(long authorizationId, long courier) {
        Sale sale = new Sale(authorizationId, String.valueOf(authorizationId),
                new Sale.Parties(PostingSetsTest.CUSTOMER, PostingSetsTest.MERCHANT, courier), "EUR",
                new Sale.Amounts(2850, 226, 299, 50, 200, 0, 0), 1500,
                List.of(new SaleLine(101, 2, 1000, 1000), new SaleLine(102, 1, 850, 550)), PostingSetsTest.AT);
        return PostingSets.capture(sale, PostingSetsTest.AT);
    }

    /** The entry's lines as the database sums them: per payee account, turned round. */
    static List<OpenLine> lines(long entryId, JournalEntry entry) {
        Map<Account, Long> sums = entry.getPostings().stream().filter(p -> PayeeType.of(p.account()).isPresent())
                .collect(Collectors.groupingBy(Posting::account, Collectors.summingLong(p -> -p.getAmountMinor())));
        return sums.entrySet().stream().map(s -> new OpenLine(entryId, entry.getEntryKey(), entry.getKind(),
                entry.getOrderReference(), entry.getOccurredAt(), s.getKey(), currency(entry), s.getValue())).toList();
    }

    private static String currency(JournalEntry entry) {
        return entry.getPostings().get(0).getCurrency();
    }

    private static Map<Payee, Long> totals(List<PayoutPlan.Draft> drafts) {
        return drafts.stream().collect(Collectors.toMap(PayoutPlan.Draft::payee, PayoutPlan.Draft::totalMinor, Long::sum));
    }
}
