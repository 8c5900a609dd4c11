package io.quartier.ordering.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The orders a caller may read: a customer's own, a merchant's placed ones, or the latest of all for staff. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    OrderRepository orders;

    /** The customer's checkout with this Idempotency-Key, if any. */
    public Optional<Order> ofCustomerByKey(long customerId, String idempotencyKey) {
        return orders.byIdempotencyKey(customerId, idempotencyKey);
    }

    public List<Order> ofCustomer(long customerId) {
        return orders.ofCustomer(customerId);
    }

    public List<Order> ofMerchant(long merchantId) {
        return orders.ofMerchant(merchantId);
    }

    public List<Order> latest() {
        return orders.latest();
    }

    /**
     * The orders of these ids that exist (no check of who may see them: the caller checked each when it asked). In a
     * transaction of its own: it is read from a scheduled thread, where an entity manager has none otherwise.
     */
    @Transactional
    public List<Order> byIds(Collection<Long> ids) {
        return orders.byIds(ids);
    }

    /** The order, if {@code visible} says the caller may see it; 404 {@code problem.notFound} otherwise. */
    public Order get(long orderId, Predicate<Order> visible) {
        return orders.byId(orderId).filter(visible).orElseThrow(() -> DomainException.notFound("order", orderId));
    }
}
