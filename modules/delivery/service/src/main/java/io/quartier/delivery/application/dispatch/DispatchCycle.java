package io.quartier.delivery.application.dispatch;

import io.quartier.delivery.application.dispatch.Assignment.PlannedStop;
import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.Schedule;
import io.quartier.delivery.domain.model.tour.Schedule.Visit;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.domain.model.tour.TourProblem;
import io.quartier.delivery.domain.model.tour.TourProblem.Task;
import io.quartier.delivery.domain.model.tour.TourProblem.Vehicle;
import io.quartier.delivery.domain.model.tour.TourProblem.Window;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One dispatch cycle over a zone's waiting jobs and couriers. First, the jobs that can still be on time are
 * planned as tours (up to {@code delivery.dispatch.max-batch} jobs a courier, every drop by its deadline, every
 * courier's bags respected) within {@code delivery.dispatch.budget}. Then each job left over, which no free
 * courier can bring on time, goes alone to the free courier who brings it soonest: a late order is never
 * batched. Couriers who are not online, whose shift is over, or who have no room left get nothing; a courier
 * already holding jobs gets at most its {@link CourierOnShift#room}. Each job and each courier appears in at most one
 * assignment. The caller runs one cycle per zone, so that a job only ever meets couriers of its own zone.
 */
@ApplicationScoped
public class DispatchCycle {

    @Inject
    Routing routing;

    @Inject
    TourPlanning planning;

    @Inject
    @ConfigProperty(name = "delivery.dispatch.budget", defaultValue = "PT1S")
    Duration budget;

    @Inject
    @ConfigProperty(name = "delivery.dispatch.max-batch", defaultValue = "3")
    int maxBatch;

    /** Time at the store: finding the order, checking it, packing it. */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.pickup-seconds", defaultValue = "120")
    int pickupSeconds;

    /** Time at the door: parking, stairs, handing over. */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.dropoff-seconds", defaultValue = "120")
    int dropoffSeconds;

    DispatchCycle() {
    }

    /** A cycle outside the container (benchmarks, tests). */
    public DispatchCycle(Routing routing, TourPlanning planning, Duration budget, int maxBatch, int pickupSeconds,
                         int dropoffSeconds) {
        this.routing = routing;
        this.planning = planning;
        this.budget = budget;
        this.maxBatch = maxBatch;
        this.pickupSeconds = pickupSeconds;
        this.dropoffSeconds = dropoffSeconds;
    }

    public List<Assignment> assign(List<WaitingJob> waiting, List<CourierOnShift> onShift, Instant now) {
        return assign(waiting, onShift, now, budget);
    }

    /** The solver's time for a whole round, which the caller shares out among the zones it plans. */
    public Duration budget() {
        return budget;
    }

    /** A cycle whose solver may think for {@code budget} (zero: the greedy plan alone). */
    public List<Assignment> assign(List<WaitingJob> waiting, List<CourierOnShift> onShift, Instant now,
                                   Duration budget) {
        Map<Long, CourierOnShift> available = new LinkedHashMap<>();
        onShift.stream().filter(c -> c.availability() == Availability.ONLINE && c.shiftEnd().isAfter(now))
                .filter(c -> c.room() > 0)
                .forEach(c -> available.putIfAbsent(c.courierId(), c));
        List<CourierOnShift> couriers = List.copyOf(available.values());
        Map<Long, WaitingJob> jobs = new LinkedHashMap<>();
        waiting.forEach(job -> jobs.putIfAbsent(job.jobId(), job));
        if (couriers.isEmpty() || jobs.isEmpty()) {
            return List.of();
        }
        Places places = new Places(couriers, List.copyOf(jobs.values()), routing);
        TourPlan plan = planning.plan(onTimeProblem(places, couriers, jobs, now), budget);
        List<Assignment> assignments = new ArrayList<>();
        Map<Long, CourierOnShift> free = new LinkedHashMap<>();
        couriers.forEach(c -> free.put(c.courierId(), c));
        for (Route route : plan.routes()) {
            if (!route.stops().isEmpty()) {
                long courier = Long.parseLong(route.vehicleId());
                free.remove(courier);
                assignments.add(assignment(courier, route, now, false));
            }
        }
        Set<Long> planned = assignments.stream().flatMap(a -> a.jobIds().stream()).collect(Collectors.toSet());
        List<WaitingJob> leftOver = jobs.values().stream().filter(job -> !planned.contains(job.jobId()))
                .sorted(Comparator.comparing(WaitingJob::deadline)).toList();
        for (WaitingJob job : leftOver) {
            soonest(places, free.values(), job, now).ifPresent(route -> {
                free.remove(Long.parseLong(route.vehicleId()));
                assignments.add(assignment(Long.parseLong(route.vehicleId()), route, now, true));
            });
        }
        return assignments;
    }

    private TourProblem onTimeProblem(Places places, List<CourierOnShift> couriers, Map<Long, WaitingJob> jobs,
                                      Instant now) {
        List<Task> tasks = new ArrayList<>();
        for (WaitingJob job : jobs.values()) {
            double due = seconds(now, job.deadline());
            if (due > 0) {
                tasks.add(task(places, job, now, due));
            }
        }
        List<Vehicle> vehicles = couriers.stream()
                .map(c -> vehicle(places, c, now, Math.min(maxBatch, c.room()))).toList();
        return new TourProblem(tasks, vehicles);
    }

    /** The free courier who drops this job soonest, taking it alone; empty when none can carry it. */
    private Optional<Route> soonest(Places places, Collection<CourierOnShift> free, WaitingJob job, Instant now) {
        Task alone = task(places, job, now, Double.MAX_VALUE);
        List<Visit> visits = List.of(new Visit(alone, true), new Visit(alone, false));
        return free.stream()
                .flatMap(courier -> Schedule.drive(vehicle(places, courier, now, 1), visits).stream())
                .min(Comparator.comparingDouble(DispatchCycle::dropTime));
    }

    private Task task(Places places, WaitingJob job, Instant now, double due) {
        double ready = Math.max(0, seconds(now, job.readyAt()));
        return new Task(String.valueOf(job.jobId()), places.pickup(job), places.dropoff(job), job.bags(),
                new Window(ready, Math.max(ready, due)), new Window(0, due), pickupSeconds, dropoffSeconds);
    }

    private static Vehicle vehicle(Places places, CourierOnShift courier, Instant now, int maxTasks) {
        return new Vehicle(String.valueOf(courier.courierId()), places.start(courier), courier.vehicle().bags(),
                maxTasks, new Window(0, seconds(now, courier.shiftEnd())), false, places.travel(courier));
    }

    private static Assignment assignment(long courier, Route route, Instant now, boolean late) {
        List<PlannedStop> stops = route.stops().stream().map(s -> new PlannedStop(Long.parseLong(s.taskId()),
                s.pickup(), now.plusMillis(Math.round(s.start() * 1000)))).toList();
        List<Long> jobIds = route.taskIds().stream().map(Long::parseLong).toList();
        return new Assignment(courier, jobIds, stops, route.meters(), late);
    }

    private static double dropTime(Route route) {
        return route.stops().get(route.stops().size() - 1).start();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** The cycle's places (couriers, then each job's pickup and drop-off) and a travel matrix per speed. */
    private static final class Places {

        private final Map<Long, Integer> courierIndex = new HashMap<>();
        private final Map<Long, Integer> jobIndex = new HashMap<>();
        private final Map<Double, TravelMatrix> bySpeed = new HashMap<>();
        private final List<GeoPoint> points = new ArrayList<>();
        private final Routing routing;

        Places(List<CourierOnShift> couriers, List<WaitingJob> jobs, Routing routing) {
            this.routing = routing;
            for (CourierOnShift courier : couriers) {
                courierIndex.put(courier.courierId(), points.size());
                points.add(courier.position());
            }
            for (WaitingJob job : jobs) {
                jobIndex.put(job.jobId(), points.size());
                points.add(job.pickup());
                points.add(job.dropoff());
            }
        }

        int start(CourierOnShift courier) {
            return courierIndex.get(courier.courierId());
        }

        int pickup(WaitingJob job) {
            return jobIndex.get(job.jobId());
        }

        int dropoff(WaitingJob job) {
            return jobIndex.get(job.jobId()) + 1;
        }

        TravelMatrix travel(CourierOnShift courier) {
            return bySpeed.computeIfAbsent(courier.vehicle().metersPerSecond(), speed -> routing.matrix(points, speed));
        }
    }
}
