package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ordering.api.OrderView;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.service.PostingSets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What ordering sends payment about an order's discounts reaches the ledger split by who funds them: 13.50 of items
 * at 10 %, a 3.00 fee at 20 %, 2.99 off the fee funded by the merchant and 1.35 off the items by the platform. The
 * VAT is on what the customer paid, as ordering's receipt shows it: 12.15 of items at 10 % (1.10) and 0.01 of fee at
 * 20 % (0.00).
 */
class ChargedOrderTest {

    static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    static OrderView order(List<OrderView.Discount> discounts) {
        return order(discounts, discounts.isEmpty()
                ? List.of(new OrderView.Vat(1000, 1350, 123, 1227), new OrderView.Vat(2000, 300, 50, 250))
                : List.of(new OrderView.Vat(1000, 1215, 110, 1105), new OrderView.Vat(2000, 1, 0, 1)));
    }

    static OrderView order(List<OrderView.Discount> discounts, List<OrderView.Vat> vat) {
        long discount = discounts.stream().mapToLong(OrderView.Discount::amountMinor).sum();
        return new OrderView(7, 42, 20, 1, "Chez Marcel", "DELIVERED",
                List.of(new OrderView.Line(101, "Dish", 1, 1350, 1000)), 1350 + 300 - discount, "EUR", "here",
                Instant.now(), 3L, 9L, null, null, null, 10, null, "there", "FR", "Europe/Paris", 1350, 300, 0,
                vat, null, discounts, discount);
    }

    @Test
    void discountsAreSplitByWhoFundsThem() {
        Orders.ChargedOrder charged = Orders.ChargedOrder.of(order(List.of(
                new OrderView.Discount(2, "FREE_DELIVERY", null, "MERCHANT", 299),
                new OrderView.Discount(1, "COUPON", "WELCOME10", "PLATFORM", 135))));

        assertEquals(299, charged.amounts().merchantDiscountMinor());
        assertEquals(135, charged.amounts().platformDiscountMinor());
        assertEquals(1350 + 300 - 299 - 135, charged.totalMinor());
    }

    @Test
    void theCaptureChargesTheDiscountedTotalAndPostsEachDiscountToItsFunder() {
        Orders.ChargedOrder charged = Orders.ChargedOrder.of(order(List.of(
                new OrderView.Discount(2, "FREE_DELIVERY", null, "MERCHANT", 299),
                new OrderView.Discount(1, "COUPON", "WELCOME10", "PLATFORM", 135))));
        Sale sale = new Sale(9, "7", new Sale.Parties(42, 20, 3), "EUR", charged.amounts(), 1500, charged.lines(), AT);

        JournalEntry entry = PostingSets.capture(sale, AT);

        assertEquals(charged.totalMinor(), sale.chargedMinor());
        assertEquals(charged.totalMinor(), entry.on(Account.platform(AccountType.GATEWAY_CLEARING)));
        assertEquals(135, entry.on(Account.platform(AccountType.PROMOTION_FUNDING)));
        assertEquals(-110, entry.on(Account.platform(AccountType.VAT)), "the receipt's VAT, after the discounts");
        assertEquals(186, sale.getCommissionMinor(), "15 % of the items without their VAT: 12.40");
        assertEquals(-(1350 - 110 - 186 - 299), entry.on(Account.merchant(20)));
        assertEquals(-(300 - 0), entry.on(Account.platform(AccountType.DELIVERY_REVENUE)),
                "the fee the merchant paid for, whole: no VAT on it");
    }

    @Test
    void aCouponOnLinesAtSeveralRatesLowersEachRatesVatAsTheReceiptDoes() {
        // 2 x 18.50 at 10 %, 3 x 1.20 at 5.5 %, 2.00 at 0 %, a 2.99 fee at 20 %, a 5.00 coupon: ordering spreads it
        // 0.24 / 0.42 / 4.34 over the rates (largest remainder) and its receipt shows 0.00, 0.17, 2.97 and 0.50
        OrderView order = new OrderView(8, 42, 20, 1, "Chez Marcel", "DELIVERED", List.of(
                new OrderView.Line(101, "Boeuf", 2, 1850, 1000), new OrderView.Line(102, "Baguette", 3, 120, 550),
                new OrderView.Line(103, "Eau", 1, 200, 0)), 4260 + 299 - 500, "EUR", "here", Instant.now(), 3L, 9L,
                null, null, null, 10, null, "there", "FR", "Europe/Paris", 4260, 299, 0,
                List.of(new OrderView.Vat(0, 176, 0, 176), new OrderView.Vat(550, 318, 17, 301),
                        new OrderView.Vat(1000, 3266, 297, 2969), new OrderView.Vat(2000, 299, 50, 249)), null,
                List.of(new OrderView.Discount(1, "COUPON", "FIVE", "MERCHANT", 500)), 500);

        Sale.Amounts amounts = Orders.ChargedOrder.of(order).amounts();

        assertEquals(17 + 297, amounts.itemsVatMinor());
        assertEquals(50, amounts.feeVatMinor());
    }

    @Test
    void anOrderWithoutDiscountsIsChargedInFull() {
        Orders.ChargedOrder charged = Orders.ChargedOrder.of(order(List.of()));

        assertEquals(0, charged.amounts().merchantDiscountMinor() + charged.amounts().platformDiscountMinor());
        assertEquals(1650, charged.totalMinor());
    }
}
