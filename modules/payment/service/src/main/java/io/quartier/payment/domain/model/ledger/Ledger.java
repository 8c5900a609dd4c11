package io.quartier.payment.domain.model.ledger;

import java.time.Instant;
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

    /** Wallets whose balance is not what their ledger account owes the customer, or is negative. */
    List<WalletMismatch> mismatchedWallets();

    /** The latest {@code limit} movements of one account, newest first. */
    List<Movement> movements(Account account, int limit);

    /** A wallet whose kept balance differs from what the ledger owes its customer ({@code owedMinor}). */
    record WalletMismatch(long customerId, String currency, long balanceMinor, long owedMinor) {
    }

    /** One entry's net amount on an account (debits minus credits). */
    record Movement(String entryKey, EntryKind kind, String orderReference, Instant occurredAt, long amountMinor,
                    String currency) {
    }

    /** An account's balance in one currency ({@code account} null for a total over all accounts). */
    record Balance(Account account, String currency, long balanceMinor) {
    }

    /** An order whose card charges net of refunds ({@code chargedMinor}) differ from its ledger. */
    record OrderMismatch(String orderReference, String currency, long chargedMinor, long clearedMinor,
                         long customerMinor) {
    }
}
