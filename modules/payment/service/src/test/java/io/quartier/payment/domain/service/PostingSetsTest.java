package io.quartier.payment.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.sale.Fault;
import io.quartier.payment.domain.model.sale.RefundAsk;
import io.quartier.payment.domain.model.sale.RefundParts;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every posting set on one order of two lines (2 × 10.00 at 10 % VAT, 1 × 8.50 at 5.5 %), a 2.99 delivery fee at 20 %
 * and a 2.00 tip: 33.49 charged, 2.26 VAT in the items, 0.50 in the fee, 15 % commission on the 26.24 of items
 * without VAT (3.94).
 */
class PostingSetsTest {

    static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
    static final long CUSTOMER = 1;
    static final long MERCHANT = 7;
    static final long COURIER = 5;
    static final Account CLEARING = Account.platform(AccountType.GATEWAY_CLEARING);
    static final Account VAT = Account.platform(AccountType.VAT);
    static final Account COMMISSION = Account.platform(AccountType.PLATFORM_COMMISSION);
    static final Account PROMOTION = Account.platform(AccountType.PROMOTION_FUNDING);
    static final Account DELIVERY = Account.platform(AccountType.DELIVERY_REVENUE);

    static Sale sale(long merchantDiscount, long platformDiscount, long courier) {
        return new Sale(42, "42", new Sale.Parties(CUSTOMER, MERCHANT, courier), "EUR",
                new Sale.Amounts(2850, 226, 299, 50, 200, merchantDiscount, platformDiscount), 1500,
                List.of(new SaleLine(101, 2, 1000, 1000), new SaleLine(102, 1, 850, 550)), AT);
    }

    @Test
    void aCaptureSharesTheChargeOutAmongMerchantCourierPlatformAndTaxOffice() {
        JournalEntry entry = PostingSets.capture(sale(0, 0, COURIER), AT);

        assertEquals(394, sale(0, 0, COURIER).getCommissionMinor());
        assertBalanced(entry);
        assertEquals(3349, entry.on(CLEARING), "the card's money");
        assertEquals(0, entry.on(Account.customer(CUSTOMER)), "charged and paid");
        assertEquals(-276, entry.on(VAT));
        assertEquals(-(2624 - 394), entry.on(Account.merchant(MERCHANT)));
        assertEquals(-394, entry.on(COMMISSION));
        assertEquals(-249, entry.on(DELIVERY), "the fee without its VAT is the platform's delivery revenue");
        assertEquals(0, entry.on(Account.courier(COURIER)), "the courier is paid its job's earnings, not the fee");
        assertEquals(-200, entry.on(Account.tips(COURIER)), "the tip, without VAT");
        assertEquals("capture:42", entry.getEntryKey());
    }

    @Test
    void aJobsEarningsAreOwedToItsCourierByTheDeliveryRevenueOnceAJob() {
        JournalEntry entry = PostingSets.earning(77, "42", COURIER, 612, "MAD", AT);

        assertBalanced(entry);
        assertEquals("earning:77", entry.getEntryKey(), "one entry per job: the ledger refuses a second");
        assertEquals(EntryKind.EARNING, entry.getKind());
        assertEquals("42", entry.getOrderReference());
        assertEquals(-612, entry.on(Account.courier(COURIER)), "what the courier app showed, tip aside");
        assertEquals(612, entry.on(DELIVERY), "paid from the fees; the platform subsidises what they do not cover");
        assertEquals(2, entry.getPostings().size(), "nothing else: not the customer, not what paid the order");
        assertTrue(entry.getPostings().stream().allMatch(p -> p.getCurrency().equals("MAD")));
        assertThrows(IllegalArgumentException.class, () -> PostingSets.earning(77, "42", COURIER, 0, "EUR", AT));
        assertThrows(IllegalArgumentException.class, () -> PostingSets.earning(77, "42", COURIER, -5, "EUR", AT));
        assertThrows(IllegalArgumentException.class, () -> PostingSets.earning(77, "42", 0, 100, "EUR", AT),
                "no courier, no earnings");
    }

    @Test
    void aCouriersCapturedTipAndJobEarningsMakeItsWholePay() {
        JournalEntry capture = PostingSets.capture(sale(0, 0, COURIER), AT);
        JournalEntry earning = PostingSets.earning(77, "42", COURIER, 612, "EUR", AT);

        long owed = -(capture.on(Account.courier(COURIER)) + earning.on(Account.courier(COURIER))
                + capture.on(Account.tips(COURIER)) + earning.on(Account.tips(COURIER)));
        assertEquals(612 + 200, owed, "earnings plus tip, whatever the fee");
        assertEquals(612 - 249, capture.on(DELIVERY) + earning.on(DELIVERY), "the platform makes up the difference");
    }

    @Test
    void aDiscountTheMerchantFundsComesOutOfItsShare() {
        JournalEntry entry = PostingSets.capture(sale(300, 0, COURIER), AT);

        assertBalanced(entry);
        assertEquals(3049, entry.on(CLEARING));
        assertEquals(-(2624 - 394 - 300), entry.on(Account.merchant(MERCHANT)));
        assertEquals(-394, entry.on(COMMISSION), "the platform's commission is not touched");
        assertEquals(0, entry.on(PROMOTION));
    }

    @Test
    void aDiscountThePlatformFundsIsPostedAsPromotionSpending() {
        JournalEntry entry = PostingSets.capture(sale(0, 500, COURIER), AT);

        assertBalanced(entry);
        assertEquals(2849, entry.on(CLEARING));
        assertEquals(500, entry.on(PROMOTION));
        assertEquals(-(2624 - 394), entry.on(Account.merchant(MERCHANT)), "the merchant is paid as without it");
    }

    @Test
    void withoutACourierTheFeeAndTipAreTheMerchants() {
        JournalEntry entry = PostingSets.capture(sale(0, 0, 0), AT);

        assertBalanced(entry);
        assertEquals(-(2624 - 394 + 249 + 200), entry.on(Account.merchant(MERCHANT)));
    }

    @Test
    void aPartialRefundTheMerchantIsAtFaultForComesFromTheMerchantAlone() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts parts = sale.refundFor(new RefundAsk(false, 0, 0, 0, Map.of(0, 1)), RefundParts.NONE);

        JournalEntry entry = PostingSets.refund(sale, 9, parts, Fault.MERCHANT, AT);

        assertBalanced(entry);
        assertEquals(-1000, entry.on(CLEARING), "one 10.00 dish back to the card");
        assertEquals(91, entry.on(VAT), "10 % of 10.00, VAT included");
        assertEquals(909, entry.on(Account.merchant(MERCHANT)));
        assertEquals(0, entry.on(COMMISSION), "the platform keeps its commission");
        assertEquals(0, entry.on(Account.customer(CUSTOMER)));
    }

    @Test
    void aRefundTheCourierIsAtFaultForComesFromItsPayAndTips() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts parts = sale.refundFor(new RefundAsk(false, 0, 299, 200, Map.of()), RefundParts.NONE);

        JournalEntry entry = PostingSets.refund(sale, 9, parts, Fault.COURIER, AT);

        assertBalanced(entry);
        assertEquals(-499, entry.on(CLEARING));
        assertEquals(0, entry.on(Account.courier(COURIER)), "never debited a fee it never got");
        assertEquals(249, entry.on(DELIVERY), "the fee comes back from the platform, which got it");
        assertEquals(200, entry.on(Account.tips(COURIER)));
        assertEquals(50, entry.on(VAT));
    }

    @Test
    void itemsTheCourierIsAtFaultForComeFromItsPayableAndItKeepsItsEarnings() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts parts = sale.refundFor(new RefundAsk(true, 0, 0, 0, Map.of()), RefundParts.NONE);
        JournalEntry earning = PostingSets.earning(77, "42", COURIER, 612, "EUR", AT);

        JournalEntry entry = PostingSets.refund(sale, 9, parts, Fault.COURIER, AT);

        assertBalanced(entry);
        assertEquals(-3349, entry.on(CLEARING), "all of it back to the card");
        assertEquals(2624, entry.on(Account.courier(COURIER)), "the items without VAT, as before");
        assertEquals(249, entry.on(DELIVERY), "the fee from the platform's delivery revenue");
        assertEquals(200, entry.on(Account.tips(COURIER)), "the tip from its tips");
        assertEquals(0, entry.on(Account.merchant(MERCHANT)));
        assertEquals(-612, earning.on(Account.courier(COURIER)), "the earnings entry is not undone");
    }

    @Test
    void refundingTheFeeWhenTheCustomerIsAtFaultTakesItFromThePlatformNotTheCourier() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts fee = sale.refundFor(new RefundAsk(false, 0, 299, 0, Map.of()), RefundParts.NONE);

        JournalEntry entry = PostingSets.refund(sale, 9, fee, Fault.CUSTOMER, AT);

        assertBalanced(entry);
        assertEquals(249, entry.on(DELIVERY));
        assertEquals(0, entry.on(Account.courier(COURIER)));
        assertEquals(50, entry.on(VAT));
    }

    @Test
    void withoutACourierARefundOfTheFeeStillComesFromTheMerchant() {
        Sale sale = sale(0, 0, 0);
        RefundParts fee = sale.refundFor(new RefundAsk(false, 0, 299, 0, Map.of()), RefundParts.NONE);

        JournalEntry entry = PostingSets.refund(sale, 9, fee, Fault.CUSTOMER, AT);

        assertEquals(249, entry.on(Account.merchant(MERCHANT)));
        assertEquals(0, entry.on(DELIVERY));
    }

    @Test
    void aTipRefundedAloneComesFromTheTipsUnlessThePlatformPays() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts tip = sale.refundFor(new RefundAsk(false, 0, 0, 150, Map.of()), RefundParts.NONE);

        JournalEntry courier = PostingSets.refund(sale, 9, tip, Fault.CUSTOMER, AT);
        JournalEntry platform = PostingSets.refund(sale, 10, tip, Fault.PLATFORM, AT);

        assertBalanced(courier);
        assertEquals(150, courier.on(Account.tips(COURIER)));
        assertEquals(0, courier.on(VAT), "a tip carries no VAT");
        assertEquals(150, platform.on(COMMISSION));
        assertEquals(0, platform.on(Account.tips(COURIER)), "the courier keeps the tip");
    }

    @Test
    void aRefundThePlatformIsAtFaultForComesOutOfItsCommission() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts parts = sale.refundFor(new RefundAsk(false, 500, 0, 0, Map.of()), RefundParts.NONE);

        JournalEntry entry = PostingSets.refund(sale, 9, parts, Fault.PLATFORM, AT);

        assertBalanced(entry);
        assertEquals(40, parts.itemsVatMinor(), "500 × 226 / 2850, half-even");
        assertEquals(460, entry.on(COMMISSION));
        assertEquals(0, entry.on(Account.merchant(MERCHANT)));
    }

    @Test
    void refundingEverythingWhenTheCustomerIsAtFaultUndoesTheCaptureToTheCent() {
        Sale sale = sale(0, 0, COURIER);
        List<JournalEntry> entries = new ArrayList<>(List.of(PostingSets.capture(sale, AT)));
        RefundParts soFar = RefundParts.NONE;
        for (RefundAsk ask : List.of(new RefundAsk(false, 333, 0, 0, Map.of()),
                new RefundAsk(false, 0, 100, 0, Map.of(1, 1)), new RefundAsk(true, 0, 0, 0, Map.of()))) {
            RefundParts parts = sale.refundFor(ask, soFar);
            entries.add(PostingSets.refund(sale, entries.size(), parts, Fault.CUSTOMER, AT));
            soFar = soFar.plus(parts);
        }

        Map<Account, Long> balances = new HashMap<>();
        entries.forEach(e -> e.getPostings().forEach(p -> balances.merge(p.account(), p.getAmountMinor(), Long::sum)));
        assertTrue(balances.values().stream().allMatch(b -> b == 0), balances::toString);
        assertEquals(3349, soFar.totalMinor());
    }

    @Test
    void theCourierCannotBeAtFaultForAnOrderNoCourierDelivered() {
        Sale sale = sale(0, 0, 0);
        RefundParts parts = sale.refundFor(new RefundAsk(false, 100, 0, 0, Map.of()), RefundParts.NONE);

        DomainException e = assertThrows(DomainException.class, () -> PostingSets.refund(sale, 9, parts, Fault.COURIER, AT));
        assertEquals("problem.refund.noCourier", e.code());
    }

    @Test
    void aPayoutMovesWhatIsOwedOutOfClearing() {
        JournalEntry entry = PostingSets.payout("payout:2026-11:merchant:7", Account.merchant(MERCHANT), 2230, "EUR", AT);

        assertBalanced(entry);
        assertEquals(2230, entry.on(Account.merchant(MERCHANT)));
        assertEquals(-2230, entry.on(CLEARING));
        assertThrows(IllegalArgumentException.class,
                () -> PostingSets.payout("p", COMMISSION, 100, "EUR", AT), "the platform pays itself no payout");
        assertThrows(IllegalArgumentException.class,
                () -> PostingSets.payout("p", Account.merchant(MERCHANT), 0, "EUR", AT));
    }

    @Test
    void aCourierPayoutEmptiesItsPayableAndItsTipsInOneEntry() {
        JournalEntry entry = PostingSets.payout("payout:1", Map.of(Account.courier(COURIER), 249L,
                Account.tips(COURIER), 200L), "EUR", AT);

        assertBalanced(entry);
        assertEquals(249, entry.on(Account.courier(COURIER)));
        assertEquals(200, entry.on(Account.tips(COURIER)));
        assertEquals(-449, entry.on(CLEARING));
        JournalEntry netOfARefund = PostingSets.payout("payout:2", Map.of(Account.courier(COURIER), -100L,
                Account.tips(COURIER), 200L), "EUR", AT);
        assertEquals(-100, netOfARefund.on(CLEARING));
        assertThrows(IllegalArgumentException.class, () -> PostingSets.payout("p", Map.of(Account.courier(COURIER),
                -300L, Account.tips(COURIER), 200L), "EUR", AT), "a payee who owes more than it is owed is not paid");
        assertThrows(IllegalArgumentException.class,
                () -> PostingSets.payout("p", Map.of(VAT, 100L), "EUR", AT), "the tax office gets no payout");
    }

    @Test
    void aTopUpTakesTheCardsMoneyAndOwesItToTheCustomerInItsWallet() {
        JournalEntry entry = PostingSets.topUp(9, CUSTOMER, 5000, "EUR", AT);

        assertBalanced(entry);
        assertEquals(5000, entry.on(CLEARING), "the card's money");
        assertEquals(-5000, entry.on(Account.wallet(CUSTOMER)), "owed to the customer");
        assertEquals("topup:9", entry.getEntryKey());
        assertEquals(EntryKind.TOP_UP, entry.getKind());
        assertThrows(IllegalArgumentException.class, () -> PostingSets.topUp(9, CUSTOMER, 0, "EUR", AT));
    }

    @Test
    void anOrderPaidFromTheWalletIsSharedOutAsByCardWithTheWalletInPlaceOfTheGateway() {
        JournalEntry byCard = PostingSets.capture(sale(0, 0, COURIER), AT);
        JournalEntry fromWallet = PostingSets.capture(sale(0, 0, COURIER), true, AT);

        assertBalanced(fromWallet);
        assertEquals(3349, fromWallet.on(Account.wallet(CUSTOMER)), "the platform owes the customer that much less");
        assertEquals(0, fromWallet.on(CLEARING), "no card money");
        assertEquals(0, fromWallet.on(Account.customer(CUSTOMER)));
        for (Account share : List.of(VAT, COMMISSION, DELIVERY, Account.merchant(MERCHANT), Account.tips(COURIER))) {
            assertEquals(byCard.on(share), fromWallet.on(share), share.toString());
        }
    }

    @Test
    void aRefundOfAnOrderPaidFromTheWalletGoesBackToTheWallet() {
        Sale sale = sale(0, 0, COURIER);
        RefundParts parts = sale.refundFor(new RefundAsk(false, 0, 299, 200, Map.of()), RefundParts.NONE);

        JournalEntry byCard = PostingSets.refund(sale, 3, parts, Fault.COURIER, AT);
        JournalEntry toWallet = PostingSets.refund(sale, 3, parts, Fault.COURIER, true, AT);

        assertBalanced(toWallet);
        assertEquals(-499, toWallet.on(Account.wallet(CUSTOMER)), "owed back to the customer in its wallet");
        assertEquals(0, toWallet.on(CLEARING), "nothing goes back to a card");
        assertEquals(byCard.on(DELIVERY), toWallet.on(DELIVERY));
        assertEquals(byCard.on(Account.tips(COURIER)), toWallet.on(Account.tips(COURIER)));
        assertEquals(byCard.on(VAT), toWallet.on(VAT));
    }

    static void assertBalanced(JournalEntry entry) {
        entry.sumPerCurrency().forEach((currency, sum) -> assertEquals(0, sum, currency));
    }
}
