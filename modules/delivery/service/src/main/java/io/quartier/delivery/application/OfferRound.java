package io.quartier.delivery.application;

import io.quartier.delivery.api.event.JobOffered;
import io.quartier.delivery.application.dispatch.Assignment;
import io.quartier.delivery.application.dispatch.CourierOnShift;
import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.WaitingJob;
import io.quartier.delivery.application.dispatch.Zoning;
import io.quartier.delivery.application.dispatch.Zoning.Share;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.geo.Zones;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One round of offers, run every few seconds: lapsed offers go back to waiting (their courier passed), then, zone by
 * zone ({@link Zoning}: a job's zone is its store's, a courier's its home zone), a dispatch cycle plans the zone's
 * waiting jobs over its free couriers (approved, online, holding no offer and fewer than
 * {@code delivery.dispatch.max-batch} jobs in hand), and each planned job is offered to its courier alone, for
 * {@code delivery.offers.timeout}. A courier's jobs in hand count towards the batch limit across rounds: one holding
 * two is planned one more at most. A job its planned courier already passed on, or left out by the plan, goes to the
 * nearest free courier of its zone who has not passed on it. A job is never offered to a courier of another zone, nor
 * to one farther than {@code delivery.dispatch.reach-km} from its store. Each zone's cycle gets an equal share of
 * the solver's budget; a zone whose cycle fails is planned greedily, and the other zones as usual.
 *
 * <p>The waiting parts of a multi-store order go together: offering one offers the others to the same courier, as one
 * tour. The job of an order for a later slot waits until {@code delivery.offers.scheduled-ahead} before its pickup.
 */
@ApplicationScoped
public class OfferRound {

    private static final Logger LOG = Logger.getLogger(OfferRound.class.getName());

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

    /** The zones dispatch plans separately: {@code Name:lat,lon,radiusKm;...}. */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.zones", defaultValue = "none")
    String zoneConfig;

    /** How far from a store a courier may be offered its job. */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.reach-km", defaultValue = "15")
    double reachKm;

    Zoning zoning;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void readZones() {
        zoning = new Zoning(Zones.parse(zoneConfig), reachKm * 1000);
    }

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
        Map<Long, Integer> room = new LinkedHashMap<>();
        Map<Long, Long> inHand = jobs.jobsInHand();
        free.keySet().forEach(id -> room.put(id, maxInHand - inHand.getOrDefault(id, 0L).intValue()));
        Map<Long, DeliveryJob> byId = new LinkedHashMap<>();
        waiting.forEach(job -> byId.put(job.getId(), job));
        List<Share> shares = zoning.split(waiting, free.values());
        long planned = shares.stream().filter(share -> !share.couriers().isEmpty()).count();
        Duration budget = cycle.budget().dividedBy(Math.max(1, planned));
        int offered = 0;
        for (Share share : shares) {
            offered += offerInZone(share, byId, free, room, budget, now);
        }
        return offered;
    }

    /**
     * Plans the zone's jobs over its couriers and offers them; then offers what is left, each to the nearest free
     * courier of the zone within reach. Answers how many offers were made.
     */
    private int offerInZone(Share share, Map<Long, DeliveryJob> byId, Map<Long, Courier> free, Map<Long, Integer> room,
                            Duration budget, Instant now) {
        Map<Long, Courier> ours = new LinkedHashMap<>();
        share.couriers().stream().filter(c -> free.containsKey(c.getId())).forEach(c -> ours.put(c.getId(), c));
        List<DeliveryJob> jobsHere = share.jobs().stream().filter(job -> byId.containsKey(job.getId())).toList();
        if (ours.isEmpty() || jobsHere.isEmpty()) {
            return 0;
        }
        int offered = 0;
        for (Assignment assignment : plan(share, jobsHere, ours.values(), room, budget, now)) {
            long courierId = assignment.courierId();
            Courier courier = ours.get(courierId);
            boolean any = false;
            for (long jobId : assignment.jobIds()) {
                DeliveryJob job = byId.get(jobId);
                if (job != null && courier != null && mayOffer(job, courier, byId, room)) {
                    offered += offerTour(job, courierId, byId, room, now);
                    any = true;
                }
            }
            if (any) {
                free.remove(courierId);
                ours.remove(courierId);
            }
        }
        for (DeliveryJob job : jobsHere) {
            if (!byId.containsKey(job.getId())) {
                continue;
            }
            GeoPoint pickup = Zoning.pickup(job).orElseThrow();
            Optional<Courier> nearest = ours.values().stream().filter(c -> mayOffer(job, c, byId, room))
                    .min(Comparator.comparingDouble(c -> zoning.place(c).orElseThrow().metersTo(pickup)));
            if (nearest.isPresent()) {
                offered += offerTour(job, nearest.get().getId(), byId, room, now);
                free.remove(nearest.get().getId());
                ours.remove(nearest.get().getId());
            }
        }
        return offered;
    }

    /**
     * The zone's cycle, with its share of the budget; when it fails, the greedy plan alone; when that fails too, no
     * plan (its jobs then go to the nearest couriers).
     */
    private List<Assignment> plan(Share share, List<DeliveryJob> jobsHere, Collection<Courier> ours,
                                  Map<Long, Integer> room, Duration budget, Instant now) {
        List<WaitingJob> waiting = jobsHere.stream().map(OfferRound::waitingJob).toList();
        List<CourierOnShift> onShift = ours.stream().filter(c -> zoning.place(c).isPresent())
                .map(c -> onShift(c, room.get(c.getId()), now)).toList();
        try {
            return cycle.assign(waiting, onShift, now, budget);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dispatch in " + share.name() + " failed; its jobs are planned greedily", e);
        }
        try {
            return cycle.assign(waiting, onShift, now, Duration.ZERO);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Greedy dispatch in " + share.name() + " failed too; its jobs go to the nearest "
                    + "couriers", e);
            return List.of();
        }
    }

    /**
     * Whether the job, with the waiting parts of its order, may be offered to the courier: in reach, not passed on
     * before, and within the courier's room (a courier holding nothing takes a whole order of any size).
     */
    private boolean mayOffer(DeliveryJob job, Courier courier, Map<Long, DeliveryJob> waiting,
                             Map<Long, Integer> room) {
        List<DeliveryJob> tour = tourOf(job, waiting);
        int left = room.getOrDefault(courier.getId(), 0);
        return zoning.reaches(courier, job) && !passedByAny(tour, courier.getId())
                && (tour.size() <= left || left == maxInHand && left > 0);
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
    private int offerTour(DeliveryJob job, long courierId, Map<Long, DeliveryJob> waiting, Map<Long, Integer> room,
                          Instant now) {
        List<DeliveryJob> tour = tourOf(job, waiting);
        tour.forEach(part -> {
            offer(part, courierId, now);
            waiting.remove(part.getId());
        });
        room.merge(courierId, -tour.size(), Integer::sum);
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

    private static WaitingJob waitingJob(DeliveryJob job) {
        GeoPoint pickup = Zoning.pickup(job).orElseThrow();
        GeoPoint dropoff = job.getDropoffLatitude() == null ? pickup
                : new GeoPoint(job.getDropoffLatitude(), job.getDropoffLongitude());
        return new WaitingJob(job.getId(), pickup, dropoff, job.getPickupAt(), job.getDeadline(), 1);
    }

    private CourierOnShift onShift(Courier courier, int room, Instant now) {
        return new CourierOnShift(courier.getId(), zoning.place(courier).orElseThrow(), courier.getAvailability(),
                courier.getVehicle(), now.plus(SHIFT_AHEAD), room);
    }
}
