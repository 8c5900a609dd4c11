package io.quartier.delivery.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.application.dispatch.Assignment.PlannedStop;
import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.application.tour.TourPlanner;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One cycle over a few jobs and couriers in Paris, straight-line travel, with the greedy planner alone. */
public class DispatchCycleTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");
    static final GeoPoint STORE = new GeoPoint(48.8500, 2.3500);
    public static final Routing STRAIGHT_LINE = (places, speed) -> {
        int n = places.size();
        double[][] meters = new double[n][n];
        double[][] seconds = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                meters[i][j] = places.get(i).metersTo(places.get(j));
                seconds[i][j] = meters[i][j] / speed;
            }
        }
        return new TravelMatrix(meters, seconds);
    };

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final DispatchCycle cycle = new DispatchCycle(STRAIGHT_LINE, new TourPlanning(solver(), executor),
            budget(), 3, 120, 120);

    /** The solver behind the cycle's planning; none here, since the budget is zero. */
    protected TourPlanner solver() {
        return (problem, start, budget) -> {
            throw new AssertionError("no solver with a zero budget");
        };
    }

    protected Duration budget() {
        return Duration.ZERO;
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void putsUpToThreeOrdersOnOneCourierWhenNoneBecomesLate() {
        List<WaitingJob> jobs = List.of(job(1, near(STORE, 400, 0), 40), job(2, near(STORE, 0, 400), 40),
                job(3, near(STORE, -400, 0), 40), job(4, near(STORE, 0, -400), 40));
        List<CourierOnShift> couriers = List.of(courier(10, near(STORE, 100, 0), VehicleKind.CAR),
                courier(11, near(STORE, 3000, 0), VehicleKind.CAR));

        List<Assignment> assignments = cycle.assign(jobs, couriers, NOW);

        Map<Long, Assignment> byCourier = byCourier(assignments);
        assertEquals(3, byCourier.get(10L).jobIds().size(), "the courier at the store takes three");
        assertEquals(1, byCourier.get(11L).jobIds().size(), "the fourth goes to the other courier");
        assertAllOnTime(jobs, assignments);
    }

    @Test
    void neverBatchesAnOrderThatWillBeLate() {
        WaitingJob hopeless = job(1, near(STORE, 500, 0), 2);
        WaitingJob overdue = new WaitingJob(2, STORE, near(STORE, 0, 500), NOW.minusSeconds(1800),
                NOW.minusSeconds(60), 1);
        List<WaitingJob> jobs = List.of(hopeless, overdue, job(3, near(STORE, 500, 100), 40),
                job(4, near(STORE, 100, 500), 40));
        List<CourierOnShift> couriers = List.of(courier(10, near(STORE, 50, 0), VehicleKind.CAR),
                courier(11, near(STORE, 0, 80), VehicleKind.CAR), courier(12, near(STORE, 90, 90), VehicleKind.CAR),
                courier(13, near(STORE, -70, 0), VehicleKind.CAR));

        List<Assignment> assignments = cycle.assign(jobs, couriers, NOW);

        for (long late : List.of(1L, 2L)) {
            Assignment with = assignments.stream().filter(a -> a.jobIds().contains(late)).findFirst().orElseThrow();
            assertEquals(List.of(late), with.jobIds(), "late job " + late + " is batched");
            assertTrue(with.late());
        }
        assertAllOnTime(jobs.subList(2, 4), assignments.stream().filter(a -> !a.late()).toList());
    }

    @Test
    void respectsWhatEachVehicleCarries() {
        WaitingJob bulky = new WaitingJob(1, STORE, near(STORE, 300, 0), NOW, NOW.plusSeconds(3600), 3);
        List<WaitingJob> small = List.of(job(2, near(STORE, 600, 0), 60), job(3, near(STORE, 700, 0), 60),
                job(4, near(STORE, 800, 0), 60));
        List<CourierOnShift> couriers = List.of(courier(10, STORE, VehicleKind.BIKE),
                courier(11, near(STORE, 4000, 0), VehicleKind.CAR));
        List<WaitingJob> jobs = new ArrayList<>(small);
        jobs.add(bulky);

        List<Assignment> assignments = cycle.assign(jobs, couriers, NOW);

        Map<Long, Assignment> byCourier = byCourier(assignments);
        assertFalse(byCourier.get(10L).jobIds().contains(1L), "three bags on a bike");
        assertTrue(byCourier.get(11L).jobIds().contains(1L));
        int onBoard = 0;
        for (PlannedStop stop : byCourier.get(10L).stops()) {
            onBoard += stop.pickup() ? 1 : -1;
            assertTrue(onBoard <= VehicleKind.BIKE.bags(), onBoard + " bags on a bike");
        }
    }

    @Test
    void assignsEachJobAtMostOnceAndEachCourierOnce() {
        Random random = new Random(11);
        List<WaitingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            GeoPoint store = near(STORE, random.nextInt(3000), random.nextInt(3000));
            jobs.add(new WaitingJob(i, store, near(store, random.nextInt(2000) - 1000, random.nextInt(2000) - 1000),
                    NOW.plusSeconds(random.nextInt(900)), NOW.plusSeconds(900 + random.nextInt(1800)), 1));
        }
        jobs.add(jobs.get(0));
        jobs.add(jobs.get(7));
        List<CourierOnShift> couriers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            couriers.add(courier(100 + i, near(STORE, random.nextInt(3000), random.nextInt(3000)),
                    VehicleKind.values()[i % 3]));
        }
        couriers.add(couriers.get(3));

        List<Assignment> assignments = cycle.assign(jobs, couriers, NOW);

        List<Long> assigned = assignments.stream().flatMap(a -> a.jobIds().stream()).toList();
        assertEquals(assigned.size(), new HashSet<>(assigned).size(), "a job assigned twice: " + assigned);
        Set<Long> busy = assignments.stream().map(Assignment::courierId).collect(Collectors.toSet());
        assertEquals(assignments.size(), busy.size(), "a courier assigned twice");
        assertTrue(assignments.stream().allMatch(a -> a.jobIds().size() <= 3));
        assertTrue(assignments.stream().allMatch(a -> a.stops().size() == 2 * a.jobIds().size()));
        assertAllOnTime(jobs, assignments.stream().filter(a -> !a.late()).toList());
    }

    @Test
    void neverChoosesACourierOnABreakOrOffline() {
        List<WaitingJob> jobs = List.of(job(1, near(STORE, 300, 0), 60));
        CourierOnShift onBreak = new CourierOnShift(10, STORE, Availability.ON_BREAK, VehicleKind.CAR,
                NOW.plusSeconds(7200));
        CourierOnShift offline = new CourierOnShift(11, STORE, Availability.OFFLINE, VehicleKind.CAR,
                NOW.plusSeconds(7200));
        CourierOnShift far = courier(12, near(STORE, 5000, 0), VehicleKind.SCOOTER);

        assertEquals(List.of(12L), cycle.assign(jobs, List.of(onBreak, offline, far), NOW).stream()
                .map(Assignment::courierId).toList());
        assertEquals(List.of(), cycle.assign(jobs, List.of(onBreak, offline), NOW));
    }

    @Test
    void aCourierWhoseShiftIsOverGetsNothing() {
        CourierOnShift leaving = new CourierOnShift(10, STORE, Availability.ONLINE, VehicleKind.CAR, NOW);

        assertEquals(List.of(), cycle.assign(List.of(job(1, near(STORE, 300, 0), 60)), List.of(leaving), NOW));
    }

    @Test
    void aCourierAlreadyHoldingJobsGetsNoMoreThanTheRoomItHasLeft() {
        List<WaitingJob> jobs = List.of(job(1, near(STORE, 400, 0), 40), job(2, near(STORE, 0, 400), 40),
                job(3, near(STORE, -400, 0), 40));
        CourierOnShift twoInHand = new CourierOnShift(10, STORE, Availability.ONLINE, VehicleKind.CAR,
                NOW.plusSeconds(4 * 3600), 1);
        CourierOnShift handsFull = new CourierOnShift(11, near(STORE, 100, 0), Availability.ONLINE, VehicleKind.CAR,
                NOW.plusSeconds(4 * 3600), 0);

        List<Assignment> assignments = cycle.assign(jobs, List.of(twoInHand, handsFull), NOW);

        assertEquals(1, assignments.size(), assignments::toString);
        assertEquals(10L, assignments.get(0).courierId());
        assertEquals(1, assignments.get(0).jobIds().size());
    }

    static WaitingJob job(long id, GeoPoint dropoff, int dueInMinutes) {
        return new WaitingJob(id, STORE, dropoff, NOW, NOW.plusSeconds(dueInMinutes * 60L), 1);
    }

    static CourierOnShift courier(long id, GeoPoint position, VehicleKind vehicle) {
        return new CourierOnShift(id, position, Availability.ONLINE, vehicle, NOW.plusSeconds(4 * 3600));
    }

    /** A place about {@code east} and {@code north} meters from {@code from}. */
    static GeoPoint near(GeoPoint from, double east, double north) {
        return new GeoPoint(from.lat() + north / 111_195.0,
                from.lon() + east / (111_195.0 * Math.cos(Math.toRadians(from.lat()))));
    }

    private static Map<Long, Assignment> byCourier(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.toMap(Assignment::courierId, Function.identity()));
    }

    private static void assertAllOnTime(List<WaitingJob> jobs, List<Assignment> assignments) {
        Map<Long, WaitingJob> byId = jobs.stream()
                .collect(Collectors.toMap(WaitingJob::jobId, Function.identity(), (a, b) -> a));
        for (Assignment assignment : assignments) {
            assertFalse(assignment.late());
            for (PlannedStop stop : assignment.stops()) {
                if (!stop.pickup()) {
                    assertFalse(stop.eta().isAfter(byId.get(stop.jobId()).deadline()), "job " + stop.jobId() + " late");
                }
            }
        }
    }
}
