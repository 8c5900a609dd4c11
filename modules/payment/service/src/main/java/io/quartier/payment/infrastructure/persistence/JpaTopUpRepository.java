package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.wallet.TopUp;
import io.quartier.payment.domain.model.wallet.TopUpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Wallet top-ups in payment's own schema, through JPA. */
@ApplicationScoped
public class JpaTopUpRepository extends JpaRepository<TopUp> implements TopUpRepository {

    @Override
    public Optional<TopUp> byKey(long customerId, String idempotencyKey) {
        return em.createQuery("SELECT t FROM TopUp t WHERE t.customerId = :c AND t.idempotencyKey = :k", TopUp.class)
                .setParameter("c", customerId).setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public Optional<TopUp> byId(long id) {
        return find(TopUp.class, id);
    }

    @Override
    public Optional<TopUp> byIdForUpdate(long id) {
        return findForUpdate(TopUp.class, id);
    }

    @Override
    public List<TopUp> pendingBefore(Instant before, int limit) {
        return em.createQuery("SELECT t FROM TopUp t WHERE t.status = :s AND t.createdAt < :b ORDER BY t.id", TopUp.class)
                .setParameter("s", TopUp.Status.PENDING).setParameter("b", before).setMaxResults(limit).getResultList();
    }
}
