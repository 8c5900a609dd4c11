package io.quartier.catalog.domain.model.capacity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The orders counted against the kitchens' windows (port; {@code JpaCountedOrderRepository} is the adapter). */
public interface CountedOrderRepository {

    Optional<CountedOrder> byOrderId(long orderId);

    void add(CountedOrder counted);

    void remove(CountedOrder counted);

    /** Orders counted per window start, for the store's windows starting in [from, to). */
    Map<Instant, Integer> perWindow(long storeId, Instant from, Instant to);
}
