package io.quartier.ordering.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.ordering.domain.model.cart.Cart;
import io.quartier.ordering.domain.model.cart.CartRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Kept baskets in ordering's own schema, through JPA. */
@ApplicationScoped
public class JpaCartRepository extends JpaRepository<Cart> implements CartRepository {

    @Override
    public Optional<Cart> ofCustomer(long customerId) {
        return find(Cart.class, customerId);
    }

    @Override
    public Optional<Cart> ofCustomerForUpdate(long customerId) {
        return findForUpdate(Cart.class, customerId);
    }

    @Override
    public Cart openForUpdate(long customerId, Instant now) {
        em.createNativeQuery("INSERT INTO cart (customer_id, updated_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, customerId).setParameter(2, Timestamp.from(now)).executeUpdate();
        return findForUpdate(Cart.class, customerId).orElseThrow();
    }
}
