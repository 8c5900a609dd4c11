package io.quartier.delivery.domain.model.courier;

import java.util.List;
import java.util.Optional;

/** Couriers in delivery's database (port; {@code JpaCourierRepository}). */
public interface CourierRepository {

    Optional<Courier> byIdForUpdate(long id);

    /** Approved couriers who are online now. */
    List<Courier> takingOffers();

    /** Every courier, pending ones first, then by name; at most {@code limit}. */
    List<Courier> all(int limit);

    Optional<Courier> byId(long id);

    /** Writes the new courier at once. */
    void add(Courier courier);

    /** Writes the new courier at once unless it exists (made meanwhile by another request): never a duplicate. */
    void addIfAbsent(Courier courier);
}
