package io.quartier.payment.domain.model.ledger;

import java.util.List;

/** The journal, in payment's own schema (port; {@code JpaLedger} is the adapter). */
public interface Ledger {

    /**
     * Writes the entry in the caller's transaction; fails (and so rolls the caller back) when an entry with its key
     * exists: nothing is posted twice.
     */
    void post(JournalEntry entry);

    boolean contains(String entryKey);

    /** Every account's balance (debits minus credits) per currency, the platform's accounts first. */
    List<Balance> balances();

    /** The sum of all postings per currency: zero in every currency when every entry balanced. */
    List<Balance> totals();

    /**
     * The orders whose postings do not match what was charged: what gateway clearing holds for an order is not what
     * its card was charged less what was refunded, or its customer's account does not net to zero.
     */
    List<OrderMismatch> mismatchedOrders();

    /** An account's balance in one currency ({@code account} null for a total over all accounts). */
    record Balance(Account account, String currency, long balanceMinor) {
    }

    /** An order whose card charges net of refunds ({@code chargedMinor}) differ from its ledger. */
    record OrderMismatch(String orderReference, String currency, long chargedMinor, long clearedMinor,
                         long customerMinor) {
    }
}
