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
 * at 10 %, a 3.00 fee at 20 %, 2.99 off the fee funded by the merchant and 1.35 off the items by the platform.
 */
class ChargedOrderTest {

    static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    static OrderView order(List<OrderView.Discount> discounts) {
        long discount = discounts.stream().mapToLong(OrderView.Discount::amountMinor).sum();
        return new OrderView(7, 42, 20, 1, "Chez Marcel", "DELIVERED",
                List.of(new OrderView.Line(101, "Dish", 1, 1350, 1000)), 1350 + 300 - discount, "EUR", "here",
                Instant.now(), 3L, 9L, null, null, null, 10, null, "there", "FR", "Europe/Paris", 1350, 300, 0,
                List.of(new OrderView.Vat(1000, 1350, 123, 1227), new OrderView.Vat(2000, 300, 50, 250)), null,
                discounts, discount);
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
        assertEquals(-(1227 - sale.getCommissionMinor() - 299), entry.on(Account.merchant(20)));
    }

    @Test
    void anOrderWithoutDiscountsIsChargedInFull() {
        Orders.ChargedOrder charged = Orders.ChargedOrder.of(order(List.of()));

        assertEquals(0, charged.amounts().merchantDiscountMinor() + charged.amounts().platformDiscountMinor());
        assertEquals(1650, charged.totalMinor());
    }
}
