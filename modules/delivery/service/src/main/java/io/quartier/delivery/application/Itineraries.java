package io.quartier.delivery.application;

import io.quartier.delivery.api.CourierTour;
import io.quartier.delivery.api.TourStop;
import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.delivery.domain.model.position.LivePosition;
import io.quartier.delivery.domain.model.tour.Itinerary;
import io.quartier.delivery.domain.model.tour.Itinerary.Call;
import io.quartier.delivery.domain.model.tour.Itinerary.Stop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A courier's tour as it stands: the stores of its jobs not yet picked up and the doors of all its jobs under way,
 * ordered from its last known position ({@link Itinerary}: stores before their doors, none before its order is
 * ready, no door later than needed, then the fewest meters) with travel times from the routing port at its
 * vehicle's speed. The parts of a multi-store order share one door, so one drop-off after all their pickups. A
 * place that is not known stands in for by the other end of its job (as dispatch does), and straight lines stand in
 * for a routing engine that does not answer.
 */
@ApplicationScoped
public class Itineraries {

    private static final Logger LOG = Logger.getLogger(Itineraries.class.getName());

    /** Each job takes one bag of room, as dispatch counts it. */
    private static final int BAGS_A_JOB = 1;

    @Inject
    JobRepository jobs;

    @Inject
    CourierRepository couriers;

    @Inject
    LivePositions live;

    @Inject
    Routing routing;

    @Inject
    EarningPolicy policy;

    /** Time at the store: finding the order, checking it, packing it (as dispatch plans it). */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.pickup-seconds", defaultValue = "120")
    int pickupSeconds;

    /** Time at the door: parking, stairs, handing over (as dispatch plans it). */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.dropoff-seconds", defaultValue = "120")
    int dropoffSeconds;

    Clock clock = Clock.systemUTC();

    /** The courier's stops in order, with when it should reach each; none when it has no job under way. */
    public CourierTour of(long courierId) {
        Instant now = clock.instant();
        List<DeliveryJob> inHand = jobs.openFor(courierId).stream().filter(DeliveryJob::isUnderWay)
                .sorted(Comparator.comparing(DeliveryJob::getId)).toList();
        Optional<Courier> courier = couriers.byId(courierId);
        Optional<GeoPoint> here = live.of(courierId).map(LivePosition::last).map(p -> p.point())
                .or(() -> courier.filter(c -> c.getLatitude() != null && c.getLongitude() != null)
                        .map(c -> new GeoPoint(c.getLatitude(), c.getLongitude())));
        String zone = policy.rates().zone().getId();
        if (inHand.isEmpty()) {
            return new CourierTour(now, zone, here.isPresent(), List.of());
        }
        VehicleKind vehicle = courier.map(Courier::getVehicle).orElse(VehicleKind.BIKE);
        Plan plan = new Plan(inHand, here, now);
        TravelMatrix travel = travel(plan.points(), vehicle.metersPerSecond());
        Itinerary itinerary = Itinerary.plan(travel, here.isPresent() ? 0 : -1, plan.bagsOnBoard, vehicle.bags(),
                plan.stops);
        List<TourStop> stops = itinerary.calls().stream().map(call -> plan.stop(call, now)).toList();
        return new CourierTour(now, zone, here.isPresent(), stops);
    }

    private TravelMatrix travel(List<GeoPoint> points, double metersPerSecond) {
        try {
            return routing.matrix(points, metersPerSecond);
        } catch (Routing.Unavailable e) {
            LOG.log(Level.FINE, "tour ordered by straight lines", e);
            int n = points.size();
            double[][] meters = new double[n][n];
            double[][] seconds = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    meters[i][j] = points.get(i).metersTo(points.get(j));
                    seconds[i][j] = meters[i][j] / metersPerSecond;
                }
            }
            return new TravelMatrix(meters, seconds);
        }
    }

    /** The courier's stops for the itinerary, and the jobs and places behind them. */
    private final class Plan {

        private final List<Stop> stops = new ArrayList<>();
        private final Map<String, DeliveryJob> jobOf = new HashMap<>();
        private final Map<String, Boolean> pickup = new HashMap<>();
        private final List<GeoPoint> known = new ArrayList<>();
        private final int bagsOnBoard;
        private final GeoPoint anchor;

        Plan(List<DeliveryJob> inHand, Optional<GeoPoint> here, Instant now) {
            Map<String, List<DeliveryJob>> doors = new LinkedHashMap<>();
            inHand.forEach(job -> doors.computeIfAbsent(door(job), d -> new ArrayList<>()).add(job));
            List<GeoPoint> places = new ArrayList<>();
            here.ifPresent(places::add);
            anchor = here.orElseGet(() -> inHand.stream().map(j -> pickupOf(j).or(() -> dropoffOf(j)))
                    .flatMap(Optional::stream).findFirst().orElse(new GeoPoint(0, 0)));
            int onBoard = 0;
            for (DeliveryJob job : inHand) {
                if (job.getStatus() == DeliveryJob.Status.ASSIGNED) {
                    String id = "P" + job.getId();
                    places.add(pickupOf(job).or(() -> dropoffOf(job)).orElse(anchor));
                    stops.add(new Stop(id, places.size() - 1, Set.of(), seconds(now, job.getPickupAt(), 0),
                            Double.MAX_VALUE, pickupSeconds, BAGS_A_JOB));
                    jobOf.put(id, job);
                    pickup.put(id, true);
                } else {
                    onBoard += BAGS_A_JOB;
                }
            }
            for (Map.Entry<String, List<DeliveryJob>> door : doors.entrySet()) {
                List<DeliveryJob> parts = door.getValue();
                DeliveryJob first = parts.get(0);
                Set<String> after = new LinkedHashSet<>();
                parts.stream().filter(j -> j.getStatus() == DeliveryJob.Status.ASSIGNED)
                        .forEach(j -> after.add("P" + j.getId()));
                double due = parts.stream().map(j -> seconds(now, j.getDeadline(), Double.MAX_VALUE))
                        .min(Double::compare).orElse(Double.MAX_VALUE);
                places.add(parts.stream().map(Itineraries::dropoffOf).flatMap(Optional::stream).findFirst()
                        .or(() -> pickupOf(first)).orElse(anchor));
                stops.add(new Stop(door.getKey(), places.size() - 1, after, 0, due, dropoffSeconds,
                        -BAGS_A_JOB * parts.size()));
                jobOf.put(door.getKey(), first);
                pickup.put(door.getKey(), false);
            }
            known.addAll(places);
            bagsOnBoard = onBoard;
        }

        List<GeoPoint> points() {
            return known;
        }

        TourStop stop(Call call, Instant now) {
            String id = call.stop().id();
            DeliveryJob job = jobOf.get(id);
            Instant expected = now.plusMillis(Math.round(call.arrival() * 1000));
            if (pickup.get(id)) {
                return new TourStop(job.getId(), job.getOrderId(), job.getGroupId(), "PICKUP", job.getPickupName(),
                        job.getPickupAddress(), job.getPickupLatitude(), job.getPickupLongitude(), expected, false);
            }
            return new TourStop(job.getId(), job.getOrderId(), job.getGroupId(), "DROPOFF", null,
                    job.getDropoffAddress(), job.getDropoffLatitude(), job.getDropoffLongitude(), expected,
                    call.late());
        }
    }

    /** The door a job goes to: its own, or the one shared by the parts of its multi-store order. */
    private static String door(DeliveryJob job) {
        return job.getGroupId() == null ? "D" + job.getId() : "G" + job.getGroupId();
    }

    private static Optional<GeoPoint> pickupOf(DeliveryJob job) {
        return point(job.getPickupLatitude(), job.getPickupLongitude());
    }

    private static Optional<GeoPoint> dropoffOf(DeliveryJob job) {
        return point(job.getDropoffLatitude(), job.getDropoffLongitude());
    }

    private static Optional<GeoPoint> point(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, longitude));
    }

    /** Seconds from now to {@code at}, never before now; {@code unknown} when there is no such time. */
    private static double seconds(Instant now, Instant at, double unknown) {
        if (at == null) {
            return unknown;
        }
        return Math.max(0, Duration.between(now, at).toMillis() / 1000.0);
    }
}
