package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.position.LivePosition;
import java.util.Collection;
import java.util.Optional;

/**
 * Couriers' live positions, held in memory shared by the instances rather than written to the database on each
 * report (port; {@code GridPositions}: Payara's data grid through JCache, or this instance's memory alone).
 */
public interface LivePositions {

    Optional<LivePosition> of(long courierId);

    void keep(LivePosition position);

    Collection<LivePosition> all();
}
