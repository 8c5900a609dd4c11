package io.quartier.delivery.application;

import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.api.event.JobOffered;
import io.quartier.delivery.api.event.PickedUp;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.event.OrderAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Offers jobs for accepted orders and records pickup and delivery; each change commits with its event. */
@ApplicationScoped
public class Dispatch {

    @Inject
    JobRepository jobs;

    @Inject
    DeliveryEvents events;

    @Transactional
    public void offer(OrderAccepted order) {
        if (jobs.existsForOrder(order.orderId())) {
            return;
        }
        DeliveryJob job = new DeliveryJob(order.orderId(), order.storeName(), order.storeAddress(),
                order.deliveryAddress());
        jobs.add(job);
        events.publish(new JobOffered(job.getId(), job.getOrderId(), job.getPickupName(), job.getPickupAddress()));
    }

    public List<DeliveryJob> openFor(long courierId) {
        return jobs.openFor(courierId);
    }

    @Transactional
    public DeliveryJob pickUp(long jobId, long courierId) {
        DeliveryJob job = find(jobId, courierId);
        job.pickUp(courierId);
        events.publish(new PickedUp(job.getId(), job.getOrderId(), courierId));
        return job;
    }

    @Transactional
    public DeliveryJob deliver(long jobId, long courierId) {
        DeliveryJob job = find(jobId, courierId);
        job.deliver(courierId);
        events.publish(new Delivered(job.getId(), job.getOrderId(), courierId));
        return job;
    }

    private DeliveryJob find(long jobId, long courierId) {
        return jobs.byIdForUpdate(jobId).filter(j -> j.isVisibleTo(courierId))
                .orElseThrow(() -> DomainException.notFound("job", jobId));
    }
}
