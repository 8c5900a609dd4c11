package io.quartier.payment.application;

import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.ledger.Ledger;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The journal and the sales in lists; a second entry with a key is refused, as the database's unique key does. */
class InMemoryLedger implements Ledger, SaleRepository {

    final List<JournalEntry> entries = new ArrayList<>();
    final List<Sale> sales = new ArrayList<>();

    @Override
    public void post(JournalEntry entry) {
        if (contains(entry.getEntryKey())) {
            throw new IllegalStateException("duplicate key " + entry.getEntryKey());
        }
        entries.add(entry);
    }

    @Override
    public boolean contains(String entryKey) {
        return entries.stream().anyMatch(e -> e.getEntryKey().equals(entryKey));
    }

    @Override
    public List<Balance> balances() {
        throw new AssertionError("balances are the database's to sum");
    }

    @Override
    public List<Balance> totals() {
        throw new AssertionError("totals are the database's to sum");
    }

    @Override
    public List<OrderMismatch> mismatchedOrders() {
        throw new AssertionError("mismatches are the database's to find");
    }

    @Override
    public List<WalletMismatch> mismatchedWallets() {
        throw new AssertionError("mismatches are the database's to find");
    }

    /** Newest first, as the adapter answers. */
    @Override
    public List<Movement> movements(Account account, int limit) {
        List<Movement> found = new ArrayList<>();
        for (JournalEntry e : entries) {
            long amount = e.on(account);
            if (amount != 0) {
                found.add(0, new Movement(e.getEntryKey(), e.getKind(), e.getOrderReference(), e.getOccurredAt(), amount,
                        e.getPostings().get(0).getCurrency()));
            }
        }
        return found.stream().limit(limit).toList();
    }

    @Override
    public void add(Sale sale) {
        sales.add(sale);
    }

    @Override
    public Optional<Sale> ofOrder(String orderReference) {
        return sales.stream().filter(s -> s.getOrderReference().equals(orderReference)).findFirst();
    }
}
