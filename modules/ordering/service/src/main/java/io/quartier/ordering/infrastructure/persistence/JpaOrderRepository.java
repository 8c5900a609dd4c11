package io.quartier.ordering.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Orders in ordering's own schema, through JPA. */
@ApplicationScoped
public class JpaOrderRepository extends JpaRepository<Order> implements OrderRepository {

    private static final int PAGE = 100;


    @Override
    public Optional<Order> byId(long id) {
        return find(Order.class, id);
    }

    @Override
    public List<Order> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT o FROM Order o WHERE o.id IN :ids", Order.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Reads and locks the order, so that two events about it cannot interleave. */
    @Override
    public Optional<Order> byIdForUpdate(long id) {
        return findForUpdate(Order.class, id);
    }

    @Override
    public Optional<Order> byIdempotencyKey(long customerId, String key) {
        return em.createQuery("SELECT o FROM Order o WHERE o.customerId = :c AND o.idempotencyKey = :k", Order.class)
                .setParameter("c", customerId).setParameter("k", key)
                .getResultStream().findFirst();
    }

    /** A customer's orders, newest first; a checkout that failed is not an order of theirs. */
    @Override
    public List<Order> ofCustomer(long customerId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.customerId = :c AND o.status <> :failed"
                        + " ORDER BY o.placedAt DESC", Order.class)
                .setParameter("c", customerId).setParameter("failed", OrderStatus.FAILED)
                .setMaxResults(PAGE).getResultList();
    }

    @Override
    public List<Order> everyOfCustomerForUpdate(long customerId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.customerId = :c ORDER BY o.id", Order.class)
                .setParameter("c", customerId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** A merchant's orders, newest first: only placed ones (never a checkout still pending or failed). */
    @Override
    public List<Order> ofMerchant(long merchantId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.merchantId = :m AND o.status NOT IN :notPlaced"
                        + " ORDER BY o.placedAt DESC", Order.class)
                .setParameter("m", merchantId).setParameter("notPlaced", List.of(OrderStatus.PENDING, OrderStatus.FAILED))
                .setMaxResults(PAGE).getResultList();
    }

    @Override
    public List<Order> latest() {
        return em.createQuery("SELECT o FROM Order o ORDER BY o.placedAt DESC", Order.class)
                .setMaxResults(PAGE).getResultList();
    }

    @Override
    public List<Order> ofGroup(long groupId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.groupId = :g ORDER BY o.id", Order.class)
                .setParameter("g", groupId).getResultList();
    }

    @Override
    public List<Order> ofGroupForUpdate(long groupId) {
        return em.createQuery("SELECT o FROM Order o WHERE o.groupId = :g ORDER BY o.id", Order.class)
                .setParameter("g", groupId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** PENDING orders untouched since {@code before}, and FAILED ones whose holdings were not given back. */
    @Override
    public List<Long> pendingSinceOrUncompensated(Instant before, int limit) {
        return em.createQuery("SELECT o.id FROM Order o WHERE (o.status = :pending AND o.updatedAt < :before)"
                        + " OR (o.status = :failed AND o.compensatedAt IS NULL) ORDER BY o.updatedAt", Long.class)
                .setParameter("pending", OrderStatus.PENDING).setParameter("failed", OrderStatus.FAILED)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    /** PLACED orders whose acceptance deadline passed before {@code now}. */
    @Override
    public List<Long> unacceptedBy(Instant now, int limit) {
        return em.createQuery("SELECT o.id FROM Order o WHERE o.status = :placed AND o.acceptBy < :now"
                        + " ORDER BY o.acceptBy", Long.class)
                .setParameter("placed", OrderStatus.PLACED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** SCHEDULED orders whose release time has come by {@code now}, the earliest first. */
    @Override
    public List<Long> dueForRelease(Instant now, int limit) {
        return em.createQuery("SELECT o.id FROM Order o WHERE o.status = :scheduled AND o.releaseAt <= :now"
                        + " ORDER BY o.releaseAt", Long.class)
                .setParameter("scheduled", OrderStatus.SCHEDULED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** The retired key is written before the new row, which the unique key on (customer, key) would refuse otherwise. */
    @Override
    public void addInsteadOf(Order failed, Order order) {
        failed.retireKey();
        em.flush();
        add(order);
    }
}
