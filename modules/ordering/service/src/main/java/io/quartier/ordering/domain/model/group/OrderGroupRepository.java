package io.quartier.ordering.domain.model.group;

import java.util.Optional;

/** Ordering's multi-store orders (port; {@code JpaOrderGroupRepository} is the adapter). */
public interface OrderGroupRepository {

    Optional<OrderGroup> byId(long id);

    /** Reads and locks the group, so that a customer's choice and its parts' changes cannot interleave. */
    Optional<OrderGroup> byIdForUpdate(long id);

    Optional<OrderGroup> byIdempotencyKey(long customerId, String key);

    void add(OrderGroup group);

    /**
     * Adds {@code group} under the Idempotency-Key {@code failed} gives up ({@link OrderGroup#retireKey}), in one write:
     * no reader of the key finds neither of them. The caller holds {@code failed}'s lock.
     */
    void addInsteadOf(OrderGroup failed, OrderGroup group);
}
