package io.quartier.ordering.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.group.OrderGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Multi-store orders in ordering's own schema, through JPA. */
@ApplicationScoped
public class JpaOrderGroupRepository extends JpaRepository<OrderGroup> implements OrderGroupRepository {

    @Override
    public Optional<OrderGroup> byId(long id) {
        return find(OrderGroup.class, id);
    }

    @Override
    public Optional<OrderGroup> byIdForUpdate(long id) {
        return findForUpdate(OrderGroup.class, id);
    }

    @Override
    public Optional<OrderGroup> byIdempotencyKey(long customerId, String key) {
        return em.createQuery("SELECT g FROM OrderGroup g WHERE g.customerId = :c AND g.idempotencyKey = :k",
                        OrderGroup.class)
                .setParameter("c", customerId).setParameter("k", key).getResultStream().findFirst();
    }

    /** The retired key is written before the new row, which the unique key on (customer, key) would refuse otherwise. */
    @Override
    public void addInsteadOf(OrderGroup failed, OrderGroup group) {
        failed.retireKey();
        em.flush();
        add(group);
    }
}
