package io.quartier.ordering.application;

import io.quartier.ordering.domain.model.cart.Cart;
import io.quartier.ordering.domain.model.cart.CartItem;
import io.quartier.ordering.domain.model.cart.CartRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Customers' baskets kept between visits and devices (placing an order empties its store's lines: {@link CheckoutSteps}). */
@ApplicationScoped
public class Carts {

    @Inject
    CartRepository carts;

    Clock clock = Clock.systemUTC();

    public Optional<Cart> of(long customerId) {
        return carts.ofCustomer(customerId);
    }

    /** Replaces the customer's basket; changes at once apply one after the other, the last one wins whole. */
    @Transactional
    public Cart keep(long customerId, List<CartItem> items) {
        Cart cart = carts.openForUpdate(customerId, clock.instant());
        cart.replace(items, clock.instant());
        return cart;
    }

    @Transactional
    public void empty(long customerId) {
        carts.ofCustomerForUpdate(customerId).ifPresent(carts::remove);
    }
}
