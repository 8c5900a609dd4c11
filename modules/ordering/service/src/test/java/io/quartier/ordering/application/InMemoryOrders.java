package io.quartier.ordering.application;

import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Orders in a map; ids given as the database would, and one order per customer and key, as its unique key. */
class InMemoryOrders implements OrderRepository {

    private final Map<Long, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    @Override
    public Optional<Order> byId(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public List<Order> byIds(Collection<Long> ids) {
        return ids.stream().map(orders::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<Order> byIdForUpdate(long id) {
        return byId(id);
    }

    @Override
    public synchronized Optional<Order> byIdempotencyKey(long customerId, String key) {
        return orders.values().stream()
                .filter(o -> o.getCustomerId() == customerId && key.equals(o.getIdempotencyKey())).findFirst();
    }

    @Override
    public List<Order> ofCustomer(long customerId) {
        return newestFirst().stream().filter(o -> o.getCustomerId() == customerId)
                .filter(o -> o.getStatus() != OrderStatus.FAILED).toList();
    }

    @Override
    public List<Order> everyOfCustomerForUpdate(long customerId) {
        return newestFirst().stream().filter(o -> o.getCustomerId() == customerId).toList();
    }

    @Override
    public List<Order> ofMerchant(long merchantId) {
        return newestFirst().stream().filter(o -> o.getMerchantId() == merchantId)
                .filter(o -> o.getStatus() != OrderStatus.PENDING && o.getStatus() != OrderStatus.FAILED).toList();
    }

    @Override
    public List<Order> latest() {
        return newestFirst();
    }

    @Override
    public List<Long> pendingSinceOrUncompensated(Instant before, int limit) {
        return orders.values().stream()
                .filter(o -> (o.getStatus() == OrderStatus.PENDING && o.getUpdatedAt().isBefore(before))
                        || (o.getStatus() == OrderStatus.FAILED && o.getCompensatedAt() == null))
                .map(Order::getId).limit(limit).toList();
    }

    @Override
    public List<Long> unacceptedBy(Instant now, int limit) {
        return orders.values().stream()
                .filter(o -> o.getStatus() == OrderStatus.PLACED && o.getAcceptBy().isBefore(now))
                .map(Order::getId).limit(limit).toList();
    }

    @Override
    public List<Long> dueForRelease(Instant now, int limit) {
        return orders.values().stream()
                .filter(o -> o.getStatus() == OrderStatus.SCHEDULED && !o.getReleaseAt().isAfter(now))
                .map(Order::getId).limit(limit).toList();
    }

    @Override
    public List<Order> ofGroup(long groupId) {
        return orders.values().stream().filter(o -> Long.valueOf(groupId).equals(o.getGroupId()))
                .sorted(Comparator.comparing(Order::getId)).toList();
    }

    @Override
    public List<Order> ofGroupForUpdate(long groupId) {
        return ofGroup(groupId);
    }

    @Override
    public synchronized void add(Order order) {
        if (byIdempotencyKey(order.getCustomerId(), order.getIdempotencyKey()).isPresent()) {
            throw new IllegalStateException(new SQLException("duplicate key", "23505"));
        }
        long id = ids.incrementAndGet();
        set(order, "id", id);
        orders.put(id, order);
    }

    /** Both under this object's lock, as one transaction: a reader of the key sees the failed order or the new one. */
    @Override
    public synchronized void addInsteadOf(Order failed, Order order) {
        failed.retireKey();
        add(order);
    }

    /** Makes the order look last touched at {@code at}, as one whose request died then. */
    void touchedAt(long orderId, Instant at) {
        set(orders.get(orderId), "updatedAt", at);
    }

    private List<Order> newestFirst() {
        return orders.values().stream().sorted(Comparator.comparing(Order::getPlacedAt).reversed()).toList();
    }

    /** What JPA does for the real repository: writes a field the entity does not expose. */
    private static void set(Order order, String name, Object value) {
        try {
            Field field = Order.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(order, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
