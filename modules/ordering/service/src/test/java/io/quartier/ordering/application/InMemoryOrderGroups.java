package io.quartier.ordering.application;

import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.group.OrderGroupRepository;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Multi-store orders in memory, with the unique key on (customer, Idempotency-Key) the database has. */
class InMemoryOrderGroups implements OrderGroupRepository {

    private final Map<Long, OrderGroup> groups = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(900);

    @Override
    public Optional<OrderGroup> byId(long id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public Optional<OrderGroup> byIdForUpdate(long id) {
        return byId(id);
    }

    @Override
    public synchronized Optional<OrderGroup> byIdempotencyKey(long customerId, String key) {
        return groups.values().stream()
                .filter(g -> g.getCustomerId() == customerId && g.getIdempotencyKey().equals(key)).findFirst();
    }

    @Override
    public synchronized void add(OrderGroup group) {
        if (byIdempotencyKey(group.getCustomerId(), group.getIdempotencyKey()).isPresent()) {
            throw new IllegalStateException(new SQLException("duplicate key", "23505"));
        }
        try {
            Field field = OrderGroup.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(group, ids.incrementAndGet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        groups.put(group.getId(), group);
    }

    /** Both under this object's lock, as one transaction: a reader of the key sees the failed group or the new one. */
    @Override
    public synchronized void addInsteadOf(OrderGroup failed, OrderGroup group) {
        failed.retireKey();
        add(group);
    }
}
