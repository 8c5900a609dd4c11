package io.quartier.delivery.application.tour;

import static io.quartier.delivery.domain.model.tour.TinyTours.problem;
import static io.quartier.delivery.domain.model.tour.TinyTours.task;
import static io.quartier.delivery.domain.model.tour.TinyTours.vehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.domain.model.tour.PlanRules;
import io.quartier.delivery.domain.model.tour.Schedule;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourPlan.Origin;
import io.quartier.delivery.domain.model.tour.TourProblem;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.domain.model.tour.TourPlan.Stop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TourPlanningTest {

    private static final TourProblem PROBLEM = problem(List.of(task("a", 1, 4), task("b", 2, 3)),
            List.of(vehicle("bike", 5, 5)));

    private final TourPlanning planning = new TourPlanning();
    private final CountDownLatch never = new CountDownLatch(1);

    TourPlanningTest() {
        planning.executor = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        planning.executor.shutdownNow();
    }

    @Test
    void takesTheSolversPlanWhenItComesInTime() {
        planning.solver = (problem, start, budget) -> new TourPlan(List.of(route("a+", "b+", "b-", "a-")), List.of(),
                Origin.SOLVER);

        assertEquals(Origin.SOLVER, planning.plan(PROBLEM, Duration.ofMillis(200)).origin());
    }

    @Test
    void keepsTheGreedyPlanWhenTheSolversIsLonger() {
        planning.solver = (problem, start, budget) -> new TourPlan(List.of(route("a+", "a-", "b+", "b-")), List.of(),
                Origin.SOLVER);

        TourPlan plan = planning.plan(PROBLEM, Duration.ofMillis(200));

        assertEquals(Origin.GREEDY, plan.origin());
        assertEquals(400, plan.meters(), 1e-9);
    }

    @Test
    void fallsBackOnTheGreedyPlanWhenTheSolverRunsOutOfItsBudget() {
        planning.solver = (problem, start, budget) -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("the solver should have been given up");
        };
        long started = System.nanoTime();

        TourPlan plan = planning.plan(PROBLEM, Duration.ofMillis(100));

        assertEquals(Origin.GREEDY, plan.origin());
        assertEquals(List.of(), plan.unassigned());
        PlanRules.assertKept(PROBLEM, plan);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 100 + TourPlanning.GRACE.toMillis() + 1000, "answered after " + millis + " ms");
    }

    @Test
    void fallsBackOnTheGreedyPlanWhenTheSolverFails() {
        planning.solver = (problem, start, budget) -> {
            throw new IllegalStateException("solver crashed");
        };

        assertEquals(Origin.GREEDY, planning.plan(PROBLEM, Duration.ofMillis(100)).origin());
    }

    @Test
    void refusesASolverPlanThatBreaksARule() {
        // b dropped before it is collected
        Route backwards = new Route("bike", List.of(new Stop("a", true, 10, 10), new Stop("b", false, 20, 20),
                new Stop("b", true, 30, 30), new Stop("a", false, 40, 40)), 400);
        planning.solver = (problem, start, budget) -> new TourPlan(List.of(backwards), List.of(), Origin.SOLVER);

        TourPlan plan = planning.plan(PROBLEM, Duration.ofMillis(100));

        assertEquals(Origin.GREEDY, plan.origin());
        PlanRules.assertKept(PROBLEM, plan);
    }

    @Test
    void refusesASolverPlanThatForgetsAnOrder() {
        planning.solver = (problem, start, budget) -> new TourPlan(List.of(route("a+", "a-")), List.of(), Origin.SOLVER);

        assertEquals(Origin.GREEDY, planning.plan(PROBLEM, Duration.ofMillis(100)).origin());
    }

    @Test
    void aZeroBudgetAsksOnlyForTheGreedyPlan() {
        planning.solver = (problem, start, budget) -> {
            throw new AssertionError("no solver for a zero budget");
        };

        assertEquals(Origin.GREEDY, planning.plan(PROBLEM, Duration.ZERO).origin());
    }

    /** The bike's route through these visits: "a+" collects task a, "a-" drops it. */
    private static Route route(String... stops) {
        List<Schedule.Visit> visits = new ArrayList<>();
        for (String stop : stops) {
            String id = stop.substring(0, stop.length() - 1);
            TourProblem.Task task = PROBLEM.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
            visits.add(new Schedule.Visit(task, stop.endsWith("+")));
        }
        return Schedule.drive(PROBLEM.vehicles().get(0), visits).orElseThrow();
    }
}
