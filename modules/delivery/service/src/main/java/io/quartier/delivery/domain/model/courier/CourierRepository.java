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

    /** Writes the new courier at once; false when another request made it first. */
    void add(Courier courier);
}
