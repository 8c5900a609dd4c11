package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.capacity.CountedOrder;
import io.quartier.catalog.domain.model.capacity.CountedOrderRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Counted orders in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaCountedOrderRepository extends JpaRepository<CountedOrder> implements CountedOrderRepository {

    @Override
    public Optional<CountedOrder> byOrderId(long orderId) {
        return find(CountedOrder.class, orderId);
    }

    @Override
    public Map<Instant, Integer> perWindow(long storeId, Instant from, Instant to) {
        Map<Instant, Integer> used = new HashMap<>();
        em.createQuery("SELECT c.windowStart, COUNT(c) FROM CountedOrder c"
                        + " WHERE c.storeId = :s AND c.windowStart >= :from AND c.windowStart < :to"
                        + " GROUP BY c.windowStart", Object[].class)
                .setParameter("s", storeId).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(row -> used.put((Instant) row[0], ((Number) row[1]).intValue()));
        return used;
    }
}
