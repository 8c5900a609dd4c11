package io.quartier.ordering.domain.model.group;

import java.util.Optional;

/** Ordering's multi-store orders (port; {@code JpaOrderGroupRepository} is the adapter). */
public interface OrderGroupRepository {

    Optional<OrderGroup> byId(long id);

    /** Reads and locks the group, so that a customer's choice and its parts' changes cannot interleave. */
    Optional<OrderGroup> byIdForUpdate(long id);

    Optional<OrderGroup> byIdempotencyKey(long customerId, String key);

    void add(OrderGroup group);
}
