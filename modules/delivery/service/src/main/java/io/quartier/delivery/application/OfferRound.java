package io.quartier.delivery.application;

import io.quartier.delivery.api.event.JobOffered;
import io.quartier.delivery.application.dispatch.Assignment;
import io.quartier.delivery.application.dispatch.CourierOnShift;
import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.WaitingJob;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One round of offers, run every few seconds: lapsed offers go back to waiting (their courier passed), then a
 * dispatch cycle plans the waiting jobs over the free couriers (approved, online, holding no offer and fewer than
 * {@code delivery.dispatch.max-batch} jobs in hand), and each
 * planned job is offered to its courier alone, for {@code delivery.offers.timeout}. A job its planned courier already
 * passed on, or left out by the plan, goes to the nearest free courier who has not passed on it. The waiting parts of a
 * multi-store order go together: offering one offers the others to the same courier, as one tour. The job of an order
 * for a later slot waits until {@code delivery.offers.scheduled-ahead} before its pickup.
 */
@ApplicationScoped
public class OfferRound {

    /** Jobs a round plans at most; older ones first. */
    static final int MAX_JOBS = 300;

    /** Where a courier works until, for the cycle: a courier who is online works for now. */
    private static final Duration SHIFT_AHEAD = Duration.ofHours(4);

    @Inject
    JobRepository jobs;

    @Inject
    CourierRepository couriers;

    @Inject
    DispatchCycle cycle;

    @Inject
    DeliveryEvents events;

    @Inject
    @ConfigProperty(name = "delivery.offers.timeout", defaultValue = "PT30S")
    Duration timeout;

    /** How long before its pickup the job of an order for a later slot is offered (not as soon as it is accepted). */
    @Inject
    @ConfigProperty(name = "delivery.offers.scheduled-ahead", defaultValue = "PT20M")
    Duration scheduledAhead;

    /** Jobs a courier may carry at once; one with as many in hand is offered no more. */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.max-batch", defaultValue = "3")
    int maxInHand;

    Clock clock = Clock.systemUTC();

    /** @return how many offers were made */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        jobs.lapsedOffers(now).forEach(job -> job.lapse(now));
        Set<Long> busy = jobs.busyCouriers(maxInHand);
        Map<Long, Courier> free = new LinkedHashMap<>();
        couriers.takingOffers().stream().filter(c -> !busy.contains(c.getId())).forEach(c -> free.put(c.getId(), c));
        List<DeliveryJob> waiting = offerable(jobs.waiting(MAX_JOBS), now);
        if (free.isEmpty() || waiting.isEmpty()) {
            return 0;
        }
        Map<Long, DeliveryJob> byId = new LinkedHashMap<>();
        waiting.forEach(job -> byId.put(job.getId(), job));
        GeoPoint middle = middle(waiting);
        List<Assignment> plan = cycle.assign(waiting.stream().map(job -> waitingJob(job, middle)).toList(),
                free.values().stream().map(c -> onShift(c, middle, now)).toList(), now);
        int offered = 0;
        for (Assignment assignment : plan) {
            long courier = assignment.courierId();
            boolean any = false;
            for (long jobId : assignment.jobIds()) {
                DeliveryJob job = byId.get(jobId);
                if (job != null && !passedByAny(tourOf(job, byId), courier) && free.containsKey(courier)) {
                    offered += offerTour(job, courier, byId, now);
                    any = true;
                }
            }
            if (any) {
                free.remove(courier);
            }
        }
        for (DeliveryJob job : new ArrayList<>(byId.values())) {
            if (!byId.containsKey(job.getId())) {
                continue;
            }
            List<DeliveryJob> tour = tourOf(job, byId);
            Optional<Courier> nearest = free.values().stream().filter(c -> !passedByAny(tour, c.getId()))
                    .min(Comparator.comparingDouble(c -> position(c, middle).metersTo(pickup(job, middle))));
            if (nearest.isPresent()) {
                offered += offerTour(job, nearest.get().getId(), byId, now);
                free.remove(nearest.get().getId());
            }
        }
        return offered;
    }

    /**
     * The waiting jobs that may be offered now: all but those for a later slot whose pickup is still far off, unless
     * another part of their multi-store order may be (the parts of one order go out together).
     */
    private List<DeliveryJob> offerable(List<DeliveryJob> waiting, Instant now) {
        List<DeliveryJob> due = waiting.stream().filter(job -> job.isOfferableAt(now, scheduledAhead)).toList();
        return waiting.stream().filter(job -> due.stream().anyMatch(d -> d == job || d.isPartOfGroupWith(job)))
                .toList();
    }

    /** Offers the job and the other waiting parts of its multi-store order to the courier; answers how many. */
    private int offerTour(DeliveryJob job, long courierId, Map<Long, DeliveryJob> waiting, Instant now) {
        List<DeliveryJob> tour = tourOf(job, waiting);
        tour.forEach(part -> {
            offer(part, courierId, now);
            waiting.remove(part.getId());
        });
        return tour.size();
    }

    /** The job and the waiting parts of its multi-store order. */
    private static List<DeliveryJob> tourOf(DeliveryJob job, Map<Long, DeliveryJob> waiting) {
        return waiting.values().stream().filter(other -> other == job || job.isPartOfGroupWith(other)).toList();
    }

    private static boolean passedByAny(List<DeliveryJob> tour, long courierId) {
        return tour.stream().anyMatch(part -> part.wasPassedBy(courierId));
    }

    private void offer(DeliveryJob job, long courierId, Instant now) {
        job.offerTo(courierId, now.plus(timeout));
        events.publish(new JobOffered(job.getId(), job.getOrderId(), job.getPickupName(), job.getPickupAddress(),
                courierId, job.getOfferExpiresAt()));
    }

    private static WaitingJob waitingJob(DeliveryJob job, GeoPoint middle) {
        GeoPoint pickup = pickup(job, middle);
        GeoPoint dropoff = job.getDropoffLatitude() == null ? pickup
                : new GeoPoint(job.getDropoffLatitude(), job.getDropoffLongitude());
        return new WaitingJob(job.getId(), pickup, dropoff, job.getPickupAt(), job.getDeadline(), 1);
    }

    private static CourierOnShift onShift(Courier courier, GeoPoint middle, Instant now) {
        return new CourierOnShift(courier.getId(), position(courier, middle), courier.getAvailability(),
                courier.getVehicle(), now.plus(SHIFT_AHEAD));
    }

    private static GeoPoint pickup(DeliveryJob job, GeoPoint middle) {
        return job.getPickupLatitude() == null ? middle
                : new GeoPoint(job.getPickupLatitude(), job.getPickupLongitude());
    }

    /** A courier whose position is not known yet is taken to be amid the waiting jobs. */
    private static GeoPoint position(Courier courier, GeoPoint middle) {
        return courier.getLatitude() == null ? middle : new GeoPoint(courier.getLatitude(), courier.getLongitude());
    }

    /** The mean of the known pickups (0,0 when none is known: every distance is then alike). */
    private static GeoPoint middle(List<DeliveryJob> waiting) {
        double lat = 0;
        double lon = 0;
        int known = 0;
        for (DeliveryJob job : waiting) {
            if (job.getPickupLatitude() != null) {
                lat += job.getPickupLatitude();
                lon += job.getPickupLongitude();
                known++;
            }
        }
        return known == 0 ? new GeoPoint(0, 0) : new GeoPoint(lat / known, lon / known);
    }
}
