package io.quartier.payment.application;

import io.quartier.payment.api.LedgerBalance;
import io.quartier.payment.api.LedgerInvariant;
import io.quartier.payment.domain.model.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The ledger as admins read it: balances, and whether the books hold together. */
@ApplicationScoped
public class Books {

    @Inject
    Ledger ledger;

    public List<LedgerBalance> balances() {
        return ledger.balances().stream().map(b -> new LedgerBalance(b.account().type().name(), b.account().partyId(),
                b.currency(), b.balanceMinor())).toList();
    }

    /** Read in one transaction, so the totals and the orders are seen at one moment. */
    @Transactional
    public LedgerInvariant invariant() {
        List<LedgerInvariant.CurrencyTotal> totals = ledger.totals().stream()
                .map(t -> new LedgerInvariant.CurrencyTotal(t.currency(), t.balanceMinor())).toList();
        List<LedgerInvariant.OrderMismatch> mismatches = ledger.mismatchedOrders().stream()
                .map(m -> new LedgerInvariant.OrderMismatch(m.orderReference(), m.currency(), m.chargedMinor(),
                        m.clearedMinor(), m.customerMinor())).toList();
        List<LedgerInvariant.WalletMismatch> wallets = ledger.mismatchedWallets().stream()
                .map(w -> new LedgerInvariant.WalletMismatch(w.customerId(), w.currency(), w.balanceMinor(),
                        w.owedMinor())).toList();
        boolean holds = totals.stream().allMatch(t -> t.sumMinor() == 0) && mismatches.isEmpty() && wallets.isEmpty();
        return new LedgerInvariant(holds, totals, mismatches, wallets);
    }
}
