package io.quartier.payment.domain.model.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleTest {

    private final Sale sale = new Sale(42, "42", new Sale.Parties(1, 7, 5), "EUR",
            new Sale.Amounts(2850, 226, 299, 50, 200, 0, 0), 1500,
            List.of(new SaleLine(101, 2, 1000, 1000), new SaleLine(102, 1, 850, 550)),
            Instant.parse("2026-11-28T12:00:00Z"));

    @Test
    void aLineIsRefundedAtItsPriceWithTheVatOfItsRate() {
        RefundParts parts = sale.refundFor(new RefundAsk(false, 0, 0, 0, Map.of(1, 1)), RefundParts.NONE);

        assertEquals(850, parts.itemsGrossMinor());
        assertEquals(44, parts.itemsVatMinor(), "850 × 5.5 / 105.5");
        assertEquals(Map.of(1, 1), parts.lines());
    }

    @Test
    void noPartIsRefundedBeyondWhatWasCaptured() {
        RefundParts tipBack = sale.refundFor(new RefundAsk(false, 0, 0, 200, Map.of()), RefundParts.NONE);

        assertEquals("tip", exceeded(new RefundAsk(false, 0, 0, 1, Map.of()), tipBack));
        assertEquals("deliveryFee", exceeded(new RefundAsk(false, 0, 300, 0, Map.of()), RefundParts.NONE));
        assertEquals("items", exceeded(new RefundAsk(false, 2851, 0, 0, Map.of()), RefundParts.NONE));
        RefundParts oneDish = sale.refundFor(new RefundAsk(false, 0, 0, 0, Map.of(0, 2)), RefundParts.NONE);
        assertEquals("line", exceeded(new RefundAsk(false, 0, 0, 0, Map.of(0, 1)), oneDish));
    }

    @Test
    void aFullRefundGivesBackWhatIsLeftAndThenNothingIsLeft() {
        RefundParts first = sale.refundFor(new RefundAsk(false, 1000, 0, 0, Map.of()), RefundParts.NONE);
        RefundParts rest = sale.refundFor(new RefundAsk(true, 0, 0, 0, Map.of()), first);

        assertEquals(3349 - 1000, rest.totalMinor());
        assertEquals(226, first.itemsVatMinor() + rest.itemsVatMinor());
        assertEquals(sale.getCommissionMinor(), first.commissionMinor() + rest.commissionMinor());
        DomainException nothing = assertThrows(DomainException.class,
                () -> sale.refundFor(new RefundAsk(true, 0, 0, 0, Map.of()), first.plus(rest)));
        assertEquals("problem.refund.nothing", nothing.code());
    }

    @Test
    void negativeAmountsUnknownLinesAndEmptyRefundsAreRefused() {
        for (RefundAsk bad : List.of(new RefundAsk(false, -1, 0, 0, Map.of()), new RefundAsk(false, 0, 0, 0, Map.of(2, 1)),
                new RefundAsk(false, 0, 0, 0, Map.of(0, 0)), new RefundAsk(false, 0, 0, 0, Map.of()))) {
            DomainException e = assertThrows(DomainException.class, () -> sale.refundFor(bad, RefundParts.NONE));
            assertEquals(DomainException.Kind.INVALID, e.kind(), bad::toString);
        }
    }

    @Test
    void hugeQuantitiesAndAmountsAreRefusedAsBeyondTheCapture() {
        assertEquals("line", exceeded(new RefundAsk(false, 0, 0, 0, Map.of(0, Integer.MAX_VALUE)), RefundParts.NONE));
        assertEquals("items", exceeded(new RefundAsk(false, Long.MAX_VALUE, 0, 1, Map.of()), RefundParts.NONE));
    }

    private String exceeded(RefundAsk ask, RefundParts soFar) {
        DomainException e = assertThrows(DomainException.class, () -> sale.refundFor(ask, soFar));
        assertEquals("problem.refund.exceedsCapture", e.code());
        return (String) e.errors().get("part");
    }
}
