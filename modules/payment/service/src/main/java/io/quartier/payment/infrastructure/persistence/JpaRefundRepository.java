package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.refund.Refund;
import io.quartier.payment.domain.model.refund.RefundRepository;
import io.quartier.payment.domain.model.refund.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Refunds in payment's own schema, through JPA. */
@ApplicationScoped
public class JpaRefundRepository extends JpaRepository<Refund> implements RefundRepository {

    @Override
    public Optional<Refund> byId(long id) {
        return find(Refund.class, id);
    }

    @Override
    public Optional<Refund> byIdForUpdate(long id) {
        return findForUpdate(Refund.class, id);
    }

    @Override
    public Optional<Refund> byKey(String orderReference, String idempotencyKey) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.orderReference = :o AND r.idempotencyKey = :k",
                        Refund.class)
                .setParameter("o", orderReference).setParameter("k", idempotencyKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<Refund> ofOrder(String orderReference) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.orderReference = :o ORDER BY r.createdAt DESC, r.id DESC",
                        Refund.class)
                .setParameter("o", orderReference).getResultList();
    }

    @Override
    public List<Refund> latest(int limit) {
        return em.createQuery("SELECT r FROM Refund r ORDER BY r.createdAt DESC, r.id DESC", Refund.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Refund> pendingBefore(Instant before, int limit) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.status = :s AND r.createdAt < :before"
                        + " ORDER BY r.createdAt", Refund.class)
                .setParameter("s", RefundStatus.PENDING).setParameter("before", before)
                .setMaxResults(limit).getResultList();
    }
}
