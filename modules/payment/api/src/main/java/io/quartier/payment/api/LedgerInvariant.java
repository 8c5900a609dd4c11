package io.quartier.payment.api;

import java.util.List;

/**
 * Whether the books hold together ({@code holds}): the postings sum to zero in every currency ({@code totals}, each
 * 0), and every order's postings match what its card was charged less what was refunded ({@code mismatchedOrders}
 * empty; at most 100 are listed).
 */
public record LedgerInvariant(boolean holds, List<CurrencyTotal> totals, List<OrderMismatch> mismatchedOrders) {

    /** The sum of every posting in a currency. */
    public record CurrencyTotal(String currency, long sumMinor) {
    }

    /** An order whose card charges net of refunds differ from what gateway clearing holds for it, or whose
     * customer account does not net to zero. */
    public record OrderMismatch(String orderReference, String currency, long chargedMinor, long clearedMinor,
                                long customerMinor) {
    }
}
