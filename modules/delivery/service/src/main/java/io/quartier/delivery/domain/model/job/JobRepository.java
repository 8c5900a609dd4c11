package io.quartier.delivery.domain.model.job;

import java.util.List;
import java.util.Optional;

/** Delivery's jobs, kept in its own database (port; {@code JpaJobRepository} is the adapter). */
public interface JobRepository {

    /** Reads and locks the job, so that two couriers cannot both pick it up. */
    Optional<DeliveryJob> byIdForUpdate(long id);

    boolean existsForOrder(long orderId);

    /** Jobs on offer and the courier's own jobs not yet delivered, oldest first. */
    List<DeliveryJob> openFor(long courierId);

    /** Writes the new job at once, so that it has its id. */
    void add(DeliveryJob job);
}
