package io.quartier.payment.infrastructure.persistence;

import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.payout.OpenLine;
import io.quartier.payment.domain.model.payout.PayeeType;
import io.quartier.payment.domain.model.payout.Payout;
import io.quartier.payment.domain.model.payout.PayoutRepository;
import io.quartier.payment.domain.model.payout.PayoutRun;
import io.quartier.payment.domain.model.payout.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Payouts and runs in payment's schema; what is owed is read from the journal's postings by the database. */
@ApplicationScoped
public class JpaPayoutRepository implements PayoutRepository {

    private static final String OWED = """
            SELECT e.id, e.entry_key, e.kind, e.order_reference, e.occurred_at, p.account_type, p.party_id, p.currency,
                   -SUM(p.amount_minor)
            FROM ledger_entry e JOIN ledger_posting p ON p.entry_id = e.id
            WHERE e.kind <> 'PAYOUT' AND p.account_type IN ('MERCHANT_PAYABLE', 'COURIER_PAYABLE', 'TIPS')
              AND e.occurred_at >= ?1 AND e.occurred_at < ?2
            GROUP BY e.id, e.entry_key, e.kind, e.order_reference, e.occurred_at, p.account_type, p.party_id, p.currency
            ORDER BY e.occurred_at, e.id, p.account_type, p.party_id
            """;

    private static final String PAID = """
            SELECT l.entry_id, l.account_type, l.party_id, o.currency
            FROM payout_line l JOIN payout o ON o.id = l.payout_id
            WHERE l.occurred_at >= ?1 AND l.occurred_at < ?2
            """;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<OpenLine> linesOwed(Instant from, Instant until) {
        List<?> rows = em.createNativeQuery(OWED).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new OpenLine(number(r[0]), (String) r[1], EntryKind.valueOf((String) r[2]), (String) r[3],
                        ((Timestamp) r[4]).toInstant(), account(r[5], r[6]), ((String) r[7]).trim(), number(r[8])))
                .toList();
    }

    @Override
    public Set<OpenLine.Key> linesPaid(Instant from, Instant until) {
        List<?> rows = em.createNativeQuery(PAID).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new OpenLine.Key(number(r[0]), account(r[1], r[2]), ((String) r[3]).trim()))
                .collect(Collectors.toSet());
    }

    @Override
    public void add(Payout payout) {
        em.persist(payout);
        em.flush();
    }

    @Override
    public Optional<Payout> find(long id) {
        return Optional.ofNullable(em.find(Payout.class, id));
    }

    @Override
    public List<Payout> paidTo(PayeeType.Payee payee) {
        return em.createQuery("SELECT p FROM Payout p WHERE p.payeeType = :t AND p.payeeId = :id"
                        + " ORDER BY p.paidAt DESC, p.id DESC", Payout.class)
                .setParameter("t", payee.type()).setParameter("id", payee.id())
                .setMaxResults(200).getResultList();
    }

    @Override
    public void add(PayoutRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public Optional<PayoutRun> findRunForUpdate(long id) {
        return Optional.ofNullable(em.find(PayoutRun.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PayoutRun> runsRunning() {
        return em.createQuery("SELECT r FROM PayoutRun r WHERE r.status = :s", PayoutRun.class)
                .setParameter("s", RunStatus.RUNNING).getResultList();
    }

    @Override
    public List<PayoutRun> latestRuns(int limit) {
        return em.createQuery("SELECT r FROM PayoutRun r ORDER BY r.startedAt DESC, r.id DESC", PayoutRun.class)
                .setMaxResults(limit).getResultList();
    }

    private static Account account(Object type, Object party) {
        return new Account(AccountType.valueOf((String) type), number(party));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
