package io.quartier.delivery.application;

import io.quartier.delivery.api.DeliveryFailureReason;
import io.quartier.delivery.api.event.DeliveryFailed;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryPhoto;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.delivery.domain.model.job.PhotoCleaning;
import io.quartier.delivery.domain.model.job.PhotoFormat;
import io.quartier.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * A courier who cannot deliver the order it picked up says why (see {@link DeliveryJob#fail}): the job is over and
 * leaves its tour, and {@link DeliveryFailed} commits with the change, for ordering to close the order and payment to
 * release its hold. The other parts of a multi-store order the courier picked up for the same door fail with it, as
 * they are delivered with it. A repeated report finds the job failed and publishes nothing.
 */
@ApplicationScoped
public class FailedDeliveries {

    @Inject
    JobRepository jobs;

    @Inject
    DeliveryEvents events;

    Clock clock = Clock.systemUTC();

    /**
     * The courier's report, with the photo it took ({@code image} null for none), cleaned before the job is locked
     * and kept as a delivery photo is (the customer and support see it; {@link PhotoRetention} removes it in time).
     */
    @Transactional
    public DeliveryJob report(long jobId, long courierId, String reason, String note, byte[] image) {
        DeliveryFailureReason why = reason(reason);
        byte[] jpeg = image == null ? null : PhotoCleaning.jpeg(image);
        DeliveryJob job = jobs.byIdForUpdate(jobId).orElseThrow(() -> DomainException.notFound("job", jobId));
        Instant now = clock.instant();
        if (!job.fail(courierId, why, note, jpeg != null, now)) {
            return job;
        }
        if (jpeg != null) {
            jobs.addPhoto(new DeliveryPhoto(job.getId(), PhotoFormat.JPEG, jpeg, now));
        }
        events.publish(failure(job, courierId));
        if (job.getGroupId() != null) {
            for (DeliveryJob part : jobs.ofGroupForUpdate(job.getGroupId())) {
                if (part.failAlongWith(job, now)) {
                    events.publish(failure(part, courierId));
                }
            }
        }
        return job;
    }

    private static DeliveryFailureReason reason(String name) {
        return Arrays.stream(DeliveryFailureReason.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.invalid("problem.job.failureReason",
                        "the reason is one of " + Arrays.toString(DeliveryFailureReason.values())));
    }

    private static DeliveryFailed failure(DeliveryJob job, long courierId) {
        return new DeliveryFailed(job.getId(), job.getOrderId(), courierId, job.getFailureReason().name(),
                job.getFailureNote());
    }
}
