package io.quartier.ordering.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.domain.model.cart.CartRepository;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of a checkout that write ordering's own data, each in a transaction of its own, so that no transaction
 * stays open while checkout calls the catalog or payment: the pending order, its placing (with OrderPlaced), its
 * failure, and the record that what it held was given back.
 */
@ApplicationScoped
public class CheckoutSteps {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    @Inject
    CartRepository carts;

    /** This bean through its proxy, so that {@link #insert} runs in a transaction of its own. */
    @Inject
    CheckoutSteps self;

    @Inject
    @ConfigProperty(name = "ordering.acceptance.deadline", defaultValue = "PT10M")
    Duration acceptanceDeadline;

    Clock clock = Clock.systemUTC();

    public Optional<Order> byKey(long customerId, String idempotencyKey) {
        return orders.byIdempotencyKey(customerId, idempotencyKey);
    }

    /** Whether the customer has no order yet (a checkout that failed is none), for first-order promotions. */
    public boolean isFirstOrder(long customerId) {
        return orders.ofCustomer(customerId).isEmpty();
    }

    public Order get(long orderId) {
        return orders.byId(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    /**
     * Writes the pending order; empty when a concurrent request with the same key wrote one first (the unique key
     * refuses the second, whose transaction then rolls back: caught here, outside it).
     */
    public Optional<Order> begin(Order order) {
        return firstWriter(() -> self.insert(order), order);
    }

    /**
     * Runs {@code insert} (in a transaction of its own) and answers {@code written}; empty when the unique key
     * refused it because a concurrent request wrote the same key first.
     */
    static <T> Optional<T> firstWriter(Runnable insert, T written) {
        return firstWriter(() -> {
            insert.run();
            return true;
        }, written);
    }

    /** As {@link #firstWriter(Runnable, Object)}, for an insert that answers false when it found the key taken. */
    static <T> Optional<T> firstWriter(BooleanSupplier insert, T written) {
        try {
            return insert.getAsBoolean() ? Optional.of(written) : Optional.empty();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Order order) {
        orders.add(order);
    }

    /**
     * Stock held and payment authorised: the order is placed (scheduled, for a later slot), OrderPlaced is sent and
     * the store's lines leave the customer's kept basket, together.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Order place(long orderId, long authorizationId) {
        Order order = locked(orderId);
        if (order.getStatus() != OrderStatus.PENDING) {
            return order; // placed by a concurrent retry, or given up by the recovery (which gives back what is held)
        }
        if (order.getScheduledFor() == null) {
            order.placed(authorizationId, clock.instant().plus(acceptanceDeadline));
        } else {
            order.scheduled(authorizationId);
        }
        events.publish(new OrderPlaced(order.getId(), order.getCustomerId(), order.getMerchantId(), order.getStoreId(),
                order.total().getAmountMinor(), order.getCurrency(), authorizationId, order.getScheduledFor(),
                order.getLines().stream()
                        .map(l -> new OrderPlaced.Line(l.getProductId(), l.getName(), l.getQuantity())).toList()));
        carts.ofCustomerForUpdate(order.getCustomerId()).ifPresent(cart -> cart.ordered(order.getStoreId(), clock.instant()));
        return order;
    }

    /** A step refused: the order fails with that problem, unless it has left PENDING meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Order fail(long orderId, int status, String code) {
        Order order = locked(orderId);
        if (order.getStatus() == OrderStatus.PENDING) {
            order.failed(status, code);
        }
        return order;
    }

    /**
     * As {@link #begin}, for the checkout asked again after the bank's 3-D Secure challenge: the failed order gives its
     * Idempotency-Key up to the new one in the same transaction (see {@link Order#retireKey}), so that a request with
     * the key at the same moment finds the one or the other, never neither (which would be a new checkout asking the
     * bank again). Empty when a concurrent request took the key first.
     */
    public Optional<Order> beginInsteadOf(long failedId, Order order) {
        return firstWriter(() -> self.insertInsteadOf(failedId, order), order);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insertInsteadOf(long failedId, Order order) {
        Order failed = locked(failedId);
        if (!failed.getIdempotencyKey().equals(order.getIdempotencyKey())) {
            return false;
        }
        orders.addInsteadOf(failed, order);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void compensated(long orderId) {
        locked(orderId).compensated(clock.instant());
    }

    /** Checkouts interrupted before {@code before} (still PENDING), and failed ones whose holdings are not yet back. */
    public List<Long> toRecover(Instant before, int limit) {
        return orders.pendingSinceOrUncompensated(before, limit);
    }

    private Order locked(long orderId) {
        return orders.byIdForUpdate(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
