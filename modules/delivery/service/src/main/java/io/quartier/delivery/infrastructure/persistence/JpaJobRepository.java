package io.quartier.delivery.infrastructure.persistence;

import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Delivery jobs in delivery's own schema, through JPA. */
@ApplicationScoped
public class JpaJobRepository extends JpaRepository<DeliveryJob> implements JobRepository {

    /** Reads and locks the job, so that two couriers cannot both pick it up. */
    @Override
    public Optional<DeliveryJob> byIdForUpdate(long id) {
        return findForUpdate(DeliveryJob.class, id);
    }

    @Override
    public boolean existsForOrder(long orderId) {
        return !em.createQuery("SELECT j.id FROM DeliveryJob j WHERE j.orderId = :o", Long.class)
                .setParameter("o", orderId).getResultList().isEmpty();
    }

    /** Jobs on offer and the courier's own jobs not yet delivered, oldest first. */
    @Override
    public List<DeliveryJob> openFor(long courierId) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.status = :offered "
                        + "OR (j.courierId = :c AND j.status = :pickedUp) ORDER BY j.id", DeliveryJob.class)
                .setParameter("offered", DeliveryJob.Status.OFFERED)
                .setParameter("pickedUp", DeliveryJob.Status.PICKED_UP)
                .setParameter("c", courierId)
                .setMaxResults(100)
                .getResultList();
    }
}
