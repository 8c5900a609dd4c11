package io.quartier.ordering.infrastructure.persistence;

import io.quartier.ordering.domain.model.order.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrderRepository {

    private static final int PAGE = 100;

    @PersistenceContext(unitName = "ordering")
    EntityManager em;

    public Optional<Order> byId(long id) {
        return Optional.ofNullable(em.find(Order.class, id));
    }

    /** Reads and locks the order, so that two events about it cannot interleave. */
    public Optional<Order> byIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Order> byIdempotencyKey(long customerId, String key) {
        return em.createQuery("SELECT o FROM Order o WHERE o.customerId = :c AND o.idempotencyKey = :k", Order.class)
                .setParameter("c", customerId).setParameter("k", key)
                .getResultStream().findFirst();
    }

    public List<Order> ofCustomer(long customerId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.customerId = :c ORDER BY o.placedAt DESC", Order.class)
                .setParameter("c", customerId).setMaxResults(PAGE).getResultList();
    }

    public List<Order> ofMerchant(long merchantId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.merchantId = :m ORDER BY o.placedAt DESC", Order.class)
                .setParameter("m", merchantId).setMaxResults(PAGE).getResultList();
    }

    public List<Order> latest() {
        return em.createQuery("SELECT o FROM Order o ORDER BY o.placedAt DESC", Order.class)
                .setMaxResults(PAGE).getResultList();
    }

    public void add(Order order) {
        em.persist(order);
        em.flush();
    }
}
