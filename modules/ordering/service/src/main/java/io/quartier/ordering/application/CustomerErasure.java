package io.quartier.ordering.application;

import io.quartier.ordering.domain.model.cart.CartRepository;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * A customer deleted their account (identity's AccountDeleted): their orders stay for the merchants' books, without
 * the delivery address; their kept basket goes.
 */
@ApplicationScoped
public class CustomerErasure {

    @Inject
    OrderRepository orders;

    @Inject
    CartRepository carts;

    @Transactional
    public void erase(long customerId) {
        Instant now = Instant.now();
        orders.everyOfCustomerForUpdate(customerId).forEach(order -> order.eraseCustomer(now));
        carts.ofCustomerForUpdate(customerId).ifPresent(carts::remove);
    }
}
