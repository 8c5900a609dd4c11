package io.quartier.ordering.application;

import io.quartier.ordering.domain.model.cart.Cart;
import io.quartier.ordering.domain.model.cart.CartRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Kept baskets in a map, for checkout's unit tests. */
class InMemoryCarts implements CartRepository {

    final Map<Long, Cart> carts = new HashMap<>();

    @Override
    public Optional<Cart> ofCustomer(long customerId) {
        return Optional.ofNullable(carts.get(customerId));
    }

    @Override
    public Optional<Cart> ofCustomerForUpdate(long customerId) {
        return ofCustomer(customerId);
    }

    @Override
    public Cart openForUpdate(long customerId, Instant now) {
        return carts.computeIfAbsent(customerId, id -> new Cart(id, now));
    }

    @Override
    public void remove(Cart cart) {
        carts.remove(cart.getCustomerId());
    }
}
