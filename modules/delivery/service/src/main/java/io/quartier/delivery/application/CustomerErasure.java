package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A customer deleted their account (identity's AccountDeleted): their finished jobs forget the drop-off address and
 * place at once, and the photos of their door taken when they were absent are deleted; a job still under way keeps
 * them until it is delivered, then forgets them.
 */
@ApplicationScoped
public class CustomerErasure {

    @Inject
    JobRepository jobs;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void erase(long customerId) {
        for (DeliveryJob job : jobs.ofCustomerForUpdate(customerId)) {
            job.eraseCustomer(clock.instant());
            if (job.isOver()) {
                jobs.removePhotoOf(job.getId());
            }
        }
    }
}
