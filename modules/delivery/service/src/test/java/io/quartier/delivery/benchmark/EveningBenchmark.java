package io.quartier.delivery.benchmark;

import io.quartier.delivery.application.dispatch.Assignment;
import io.quartier.delivery.application.dispatch.Assignment.PlannedStop;
import io.quartier.delivery.application.dispatch.CourierOnShift;
import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.WaitingJob;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.infrastructure.routing.GreatCircleRouting;
import io.quartier.delivery.infrastructure.tour.JspritTourPlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A simulated evening (seeded, {@code evening.seed} 42): {@code evening.orders} (about 600) orders placed from 18:00
 * to 22:00 with a peak around 20:00, from 60 stores of a 7 km square to customers within 3 km, each ready 5 to 20
 * minutes after it is placed and promised within 45 minutes; {@code evening.couriers} (70) couriers on bikes,
 * scooters and cars. Every 30 s a cycle offers the jobs ready within 10 minutes to the couriers who are free, two
 * ways: the dispatch cycle (up to 3 orders a courier when none becomes late; jsprit with {@code evening.budget},
 * PT0.2S, per cycle), and greedy nearest-courier (each job, oldest first, to the nearest free courier, alone).
 * Travel is great-circle x 1.3 at each vehicle's speed, 2 minutes at the store and 2 at the door. Prints
 * courier-kilometres per order and late deliveries; asserts nothing.
 */
class EveningBenchmark {

    private static final Instant START = Instant.parse("2026-11-28T17:00:00Z");
    private static final Duration CYCLE = Duration.ofSeconds(30);
    private static final Duration HORIZON = Duration.ofMinutes(10);
    private static final int AT_STORE = 120;
    private static final int AT_DOOR = 120;

    private final long seed = Long.getLong("evening.seed", 42);
    private final int orders = Integer.getInteger("evening.orders", 600);
    private final int couriers = Integer.getInteger("evening.couriers", 70);
    private final Duration budget = Duration.parse(System.getProperty("evening.budget", "PT0.2S"));
    private final GreatCircleRouting roads = new GreatCircleRouting(1.3);

    @Test
    void batchingAgainstNearestCourier() {
        System.out.printf(Locale.ROOT, "%nSimulated evening: %d orders, %d couriers, seed %d%n", orders, couriers, seed);
        ExecutorService executor = Executors.newCachedThreadPool();
        try {
            DispatchCycle cycle = new DispatchCycle(roads, new TourPlanning(new JspritTourPlanner(2), executor),
                    budget, 3, AT_STORE, AT_DOOR);
            print("dispatch cycle, up to 3 a courier (" + (budget.isZero() ? "greedy insertion" : "jsprit " + budget)
                    + ")", simulate(cycle::assign));
            print("greedy nearest courier, one order each", simulate(this::nearestCourier));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Runs the evening with one way of assigning; the same orders and couriers every time. */
    private Outcome simulate(Dispatcher dispatch) {
        City city = new City(seed, 7000, 60);
        List<WaitingJob> placed = orders(city);
        Map<Long, WaitingJob> byId = new HashMap<>();
        placed.forEach(j -> byId.put(j.jobId(), j));
        Map<Long, CourierOnShift> fleet = new HashMap<>();
        Map<Long, Instant> freeAt = new HashMap<>();
        for (long c = 0; c < couriers; c++) {
            fleet.put(c, city.courier(c, city.anywhere(), START.plus(Duration.ofHours(6))));
            freeAt.put(c, START);
        }
        Outcome outcome = new Outcome();
        List<WaitingJob> open = new ArrayList<>();
        int next = 0;
        for (Instant now = START; outcome.delivered < placed.size() && now.isBefore(START.plus(Duration.ofHours(7)));
                now = now.plus(CYCLE)) {
            while (next < placed.size() && !placed.get(next).deadline().minus(Duration.ofMinutes(45)).isAfter(now)) {
                open.add(placed.get(next++));
            }
            Instant horizon = now.plus(HORIZON);
            List<WaitingJob> waiting = open.stream().filter(j -> !j.readyAt().isAfter(horizon)).toList();
            Instant time = now;
            List<CourierOnShift> free = fleet.values().stream().filter(c -> !freeAt.get(c.courierId()).isAfter(time))
                    .sorted(Comparator.comparingLong(CourierOnShift::courierId)).toList();
            if (waiting.isEmpty() || free.isEmpty()) {
                continue;
            }
            long started = System.nanoTime();
            List<Assignment> assignments = dispatch.assign(waiting, free, now);
            outcome.cycleMillis.add((System.nanoTime() - started) / 1e6);
            for (Assignment assignment : assignments) {
                PlannedStop last = assignment.stops().get(assignment.stops().size() - 1);
                CourierOnShift courier = fleet.get(assignment.courierId());
                fleet.put(courier.courierId(), new CourierOnShift(courier.courierId(),
                        byId.get(last.jobId()).dropoff(), courier.availability(), courier.vehicle(), courier.shiftEnd()));
                freeAt.put(courier.courierId(), last.eta().plusSeconds(AT_DOOR));
                outcome.meters += assignment.meters();
                outcome.assignments++;
                outcome.batched += assignment.jobIds().size() > 1 ? 1 : 0;
                for (PlannedStop stop : assignment.stops()) {
                    if (!stop.pickup()) {
                        WaitingJob job = byId.get(stop.jobId());
                        outcome.delivered++;
                        outcome.late += stop.eta().isAfter(job.deadline()) ? 1 : 0;
                        outcome.minutes.add(Duration.between(job.deadline().minus(Duration.ofMinutes(45)), stop.eta())
                                .toSeconds() / 60.0);
                    }
                }
                open.removeIf(j -> assignment.jobIds().contains(j.jobId()));
            }
        }
        outcome.undelivered = placed.size() - outcome.delivered;
        return outcome;
    }

    /** The baseline: each job, oldest first, to the nearest free courier, alone. */
    private List<Assignment> nearestCourier(List<WaitingJob> waiting, List<CourierOnShift> free, Instant now) {
        List<CourierOnShift> idle = new ArrayList<>(free);
        List<Assignment> assignments = new ArrayList<>();
        for (WaitingJob job : waiting.stream().sorted(Comparator.comparing(WaitingJob::readyAt)).toList()) {
            if (idle.isEmpty()) {
                break;
            }
            CourierOnShift nearest = idle.stream()
                    .min(Comparator.comparingDouble(c -> roads.meters(c.position(), job.pickup()))).orElseThrow();
            idle.remove(nearest);
            double speed = nearest.vehicle().metersPerSecond();
            double toStore = roads.meters(nearest.position(), job.pickup());
            double toDoor = roads.meters(job.pickup(), job.dropoff());
            Instant atStore = later(now.plusMillis(Math.round(toStore / speed * 1000)), job.readyAt());
            Instant atDoor = atStore.plusSeconds(AT_STORE).plusMillis(Math.round(toDoor / speed * 1000));
            assignments.add(new Assignment(nearest.courierId(), List.of(job.jobId()),
                    List.of(new PlannedStop(job.jobId(), true, atStore), new PlannedStop(job.jobId(), false, atDoor)),
                    toStore + toDoor, atDoor.isAfter(job.deadline())));
        }
        return assignments;
    }

    /** Orders placed over four hours, more of them around the peak: a rate of 1 to 4 a minute. */
    private List<WaitingJob> orders(City city) {
        double[] weight = new double[240];
        for (int m = 0; m < weight.length; m++) {
            weight[m] = 1 + 3 * Math.exp(-Math.pow((m - 120) / 45.0, 2));
        }
        double total = Arrays.stream(weight).sum();
        List<WaitingJob> jobs = new ArrayList<>();
        long id = 1;
        for (int m = 0; m < weight.length; m++) {
            double expected = orders * weight[m] / total;
            int count = (int) expected + (city.random().nextDouble() < expected - (int) expected ? 1 : 0);
            for (int k = 0; k < count; k++) {
                jobs.add(city.job(id++, START.plusSeconds(m * 60L + city.random().nextInt(60))));
            }
        }
        jobs.sort(Comparator.comparing(WaitingJob::deadline));
        return jobs;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void print(String label, Outcome o) {
        double[] minutes = o.minutes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cycles = o.cycleMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-48s %.2f courier-km/order | late %d of %d (%.1f%%) | placed-to-door "
                        + "median %.1f min, p90 %.1f min | %.0f%% of tours batched | %d undelivered | cycle p50 %.0f ms"
                        + ", p99 %.0f ms%n", label, o.meters / 1000 / Math.max(1, o.delivered), o.late, o.delivered,
                100.0 * o.late / Math.max(1, o.delivered), DispatchBenchmark.percentile(minutes, 50),
                DispatchBenchmark.percentile(minutes, 90), 100.0 * o.batched / Math.max(1, o.assignments),
                o.undelivered, DispatchBenchmark.percentile(cycles, 50), DispatchBenchmark.percentile(cycles, 99));
    }

    /** One way of assigning a cycle's waiting jobs to its free couriers. */
    private interface Dispatcher {
        List<Assignment> assign(List<WaitingJob> waiting, List<CourierOnShift> free, Instant now);
    }

    /** What an evening came to. */
    private static final class Outcome {
        double meters;
        int delivered;
        int late;
        int assignments;
        int batched;
        int undelivered;
        final List<Double> minutes = new ArrayList<>();
        final List<Double> cycleMillis = new ArrayList<>();
    }
}
