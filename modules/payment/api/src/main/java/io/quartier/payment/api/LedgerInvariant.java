package io.quartier.payment.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * Whether the books hold together ({@code holds}): the postings sum to zero in every currency ({@code totals}, each
 * 0), and every order's captures and refunds match what its card was charged less what was refunded
 * ({@code mismatchedOrders} empty; at most 100 are listed; a job's earnings entry, platform to courier, names its
 * order but is not part of this check), and every Quartier wallet's balance is what the ledger owes its customer
 * ({@code mismatchedWallets} empty).
 */
public record LedgerInvariant(boolean holds, List<CurrencyTotal> totals, List<OrderMismatch> mismatchedOrders,
                              List<WalletMismatch> mismatchedWallets) {

    @JsonbCreator
    public LedgerInvariant {
    }

    /** A wallet whose balance ({@code balanceMinor}) is not what the ledger's wallet account owes ({@code owedMinor}),
     * or is below zero. */
    public record WalletMismatch(long customerId, String currency, long balanceMinor, long owedMinor) {
    }

    /** The sum of every posting in a currency. */
    public record CurrencyTotal(String currency, long sumMinor) {
    }

    /** An order whose card charges net of refunds differ from what gateway clearing holds for it, or whose
     * customer account does not net to zero. */
    public record OrderMismatch(String orderReference, String currency, long chargedMinor, long clearedMinor,
                                long customerMinor) {
    }
}
