package io.quartier.ordering.domain.model.cart;

import java.time.Instant;
import java.util.Optional;

/** Customers' kept baskets (port; {@code JpaCartRepository} is the adapter). */
public interface CartRepository {

    Optional<Cart> ofCustomer(long customerId);

    /** The customer's basket, locked until the transaction ends, so that two changes at once apply one after the other. */
    Optional<Cart> ofCustomerForUpdate(long customerId);

    /**
     * The customer's basket, created empty if they had none, locked until the transaction ends: two first changes at
     * once make one basket.
     */
    Cart openForUpdate(long customerId, Instant now);

    void remove(Cart cart);
}
