package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The journal in payment's schema. Balances and the invariant are computed by the database over every posting. An
 * order's charges are those of its holds captured since the ledger exists (they are due for capture first), less its
 * completed refunds (a multi-store order's hold, which takes {@code take_minor}, is charged by its parts, so it is
 * left out); what paid them is in gateway clearing (a card) or the customer's wallet. Only captures and
 * refunds are matched against the charges: a job's earnings entry names its order (so statements say which delivery
 * it pays) but moves money from the platform to the courier, not from the customer, so it is left out of the
 * per-order check (and counted, as every entry, in the per-currency totals).
 */
@ApplicationScoped
public class JpaLedger extends JpaRepository<JournalEntry> implements Ledger {

    private static final String MISMATCHES = """
            WITH captured AS (
                SELECT a.order_reference, a.currency, SUM(a.amount_minor) AS amount
                FROM payment_authorization a
                WHERE a.status = 'CAPTURED' AND a.capture_due_at IS NOT NULL AND a.take_minor IS NULL
                GROUP BY a.order_reference, a.currency),
            refunded AS (
                SELECT r.order_reference, r.currency, SUM(r.items_gross_minor + r.fee_gross_minor + r.tip_minor) AS amount
                FROM payment_refund r
                WHERE r.status = 'COMPLETED'
                GROUP BY r.order_reference, r.currency),
            charged AS (
                SELECT c.order_reference, c.currency, c.amount - COALESCE(r.amount, 0) AS amount
                FROM captured c LEFT JOIN refunded r ON r.order_reference = c.order_reference AND r.currency = c.currency),
            posted AS (
                SELECT e.order_reference, p.currency,
                       SUM(CASE WHEN p.account_type IN ('GATEWAY_CLEARING', 'CUSTOMER_WALLET') THEN p.amount_minor ELSE 0 END) AS cleared,
                       SUM(CASE WHEN p.account_type = 'CUSTOMER' THEN p.amount_minor ELSE 0 END) AS customer
                FROM ledger_entry e JOIN ledger_posting p ON p.entry_id = e.id
                WHERE e.order_reference IS NOT NULL AND e.kind IN ('CAPTURE', 'REFUND')
                GROUP BY e.order_reference, p.currency)
            SELECT COALESCE(c.order_reference, p.order_reference), COALESCE(c.currency, p.currency),
                   COALESCE(c.amount, 0), COALESCE(p.cleared, 0), COALESCE(p.customer, 0)
            FROM charged c FULL OUTER JOIN posted p
                 ON p.order_reference = c.order_reference AND p.currency = c.currency
            WHERE COALESCE(c.amount, 0) <> COALESCE(p.cleared, 0) OR COALESCE(p.customer, 0) <> 0
            ORDER BY 1
            """;

    @Override
    public void post(JournalEntry entry) {
        add(entry);
    }

    @Override
    public boolean contains(String entryKey) {
        return em.createQuery("SELECT COUNT(e) FROM JournalEntry e WHERE e.entryKey = :k", Long.class)
                .setParameter("k", entryKey).getSingleResult() > 0;
    }

    @Override
    public List<Balance> balances() {
        List<?> rows = em.createNativeQuery("SELECT account_type, party_id, currency, SUM(amount_minor)"
                + " FROM ledger_posting GROUP BY account_type, party_id, currency"
                + " ORDER BY party_id, account_type, currency").getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Balance(new Account(AccountType.valueOf((String) r[0]), number(r[1])),
                        ((String) r[2]).trim(), number(r[3])))
                .toList();
    }

    @Override
    public List<Balance> totals() {
        List<?> rows = em.createNativeQuery("SELECT currency, SUM(amount_minor) FROM ledger_posting"
                + " GROUP BY currency ORDER BY currency").getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Balance(null, ((String) r[0]).trim(), number(r[1])))
                .toList();
    }

    @Override
    public List<OrderMismatch> mismatchedOrders() {
        List<?> rows = em.createNativeQuery(MISMATCHES).setMaxResults(100).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new OrderMismatch((String) r[0], ((String) r[1]).trim(), number(r[2]), number(r[3]),
                        number(r[4])))
                .toList();
    }

    @Override
    public List<WalletMismatch> mismatchedWallets() {
        List<?> rows = em.createNativeQuery("""
                SELECT m.customer_id, m.currency, m.balance_minor, COALESCE(-SUM(p.amount_minor), 0)
                FROM payment_method m
                LEFT JOIN ledger_posting p ON p.account_type = 'CUSTOMER_WALLET' AND p.party_id = m.customer_id
                     AND p.currency = m.currency
                WHERE m.kind = 'WALLET'
                GROUP BY m.customer_id, m.currency, m.balance_minor
                HAVING m.balance_minor < 0 OR m.balance_minor <> COALESCE(-SUM(p.amount_minor), 0)
                ORDER BY 1, 2
                """).setMaxResults(100).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new WalletMismatch(number(r[0]), ((String) r[1]).trim(), number(r[2]), number(r[3])))
                .toList();
    }

    @Override
    public List<Movement> movements(Account account, int limit) {
        List<?> rows = em.createNativeQuery("""
                SELECT e.entry_key, e.kind, e.order_reference, e.occurred_at, SUM(p.amount_minor), p.currency
                FROM ledger_entry e JOIN ledger_posting p ON p.entry_id = e.id
                WHERE p.account_type = ? AND p.party_id = ?
                GROUP BY e.id, e.entry_key, e.kind, e.order_reference, e.occurred_at, p.currency
                ORDER BY e.occurred_at DESC, e.id DESC
                """).setParameter(1, account.type().name()).setParameter(2, account.partyId())
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Movement((String) r[0], EntryKind.valueOf((String) r[1]), (String) r[2], instant(r[3]),
                        number(r[4]), ((String) r[5]).trim()))
                .toList();
    }

    private static Instant instant(Object value) {
        return ((Timestamp) value).toInstant();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
