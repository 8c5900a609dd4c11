package io.quartier.promotion.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.promotion.domain.model.redemption.Redemption;
import io.quartier.promotion.domain.model.redemption.RedemptionRepository;
import io.quartier.promotion.domain.model.redemption.RedemptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Redemptions in promotion's own schema, through JPA. */
@ApplicationScoped
public class JpaRedemptionRepository extends JpaRepository<Redemption> implements RedemptionRepository {

    @Override
    public List<Redemption> ofOrder(long orderId) {
        return em.createQuery("SELECT r FROM Redemption r WHERE r.orderId = :o ORDER BY r.promotionId", Redemption.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public List<Long> ordersReservedBefore(Instant before, int limit) {
        return em.createQuery("SELECT r.orderId FROM Redemption r WHERE r.status = :reserved AND r.reservedAt < :before"
                        + " GROUP BY r.orderId ORDER BY MIN(r.reservedAt)", Long.class)
                .setParameter("reserved", RedemptionStatus.RESERVED).setParameter("before", before)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public int heldBy(long customerId, long promotionId) {
        return em.createQuery("SELECT COUNT(r) FROM Redemption r WHERE r.customerId = :c AND r.promotionId = :p"
                        + " AND r.status <> :released", Long.class)
                .setParameter("c", customerId).setParameter("p", promotionId)
                .setParameter("released", RedemptionStatus.RELEASED).getSingleResult().intValue();
    }
}
