package io.quartier.ordering.domain.model.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Ordering's orders, kept in its own database (port; {@code JpaOrderRepository} is the adapter). */
public interface OrderRepository {

    Optional<Order> byId(long id);

    /** The orders of these ids that exist, in no particular order. */
    List<Order> byIds(Collection<Long> ids);

    /** Reads and locks the order, so that two changes to it cannot interleave. */
    Optional<Order> byIdForUpdate(long id);

    Optional<Order> byIdempotencyKey(long customerId, String key);

    /** A customer's orders, newest first; a checkout that failed is not an order of theirs. */
    List<Order> ofCustomer(long customerId);

    /** Every order of a customer, whatever its status, locked until the transaction ends. */
    List<Order> everyOfCustomerForUpdate(long customerId);

    /** A merchant's orders, newest first: only placed ones (never a checkout still pending or failed). */
    List<Order> ofMerchant(long merchantId);

    /** The latest orders of every customer, newest first. */
    List<Order> latest();

    /** PENDING orders untouched since {@code before}, and FAILED ones whose holdings were not given back. */
    List<Long> pendingSinceOrUncompensated(Instant before, int limit);

    /** PLACED orders whose acceptance deadline passed before {@code now}. */
    List<Long> unacceptedBy(Instant now, int limit);

    /** SCHEDULED orders whose release time has come by {@code now}. */
    List<Long> dueForRelease(Instant now, int limit);

    /** Writes a new order at once, so that a second one with the same key is refused here. */
    /** The parts of a multi-store order, in the order they were placed (by id). */
    List<Order> ofGroup(long groupId);

    /** The parts of a multi-store order, locked, by id (so two changes lock them in the same order). */
    List<Order> ofGroupForUpdate(long groupId);

    void add(Order order);

    /**
     * Adds {@code order} under the Idempotency-Key {@code failed} gives up ({@link Order#retireKey}), in one write: no
     * reader of the key finds neither of them. The caller holds {@code failed}'s lock.
     */
    void addInsteadOf(Order failed, Order order);
}
