package io.quartier.delivery.application.tour;

import io.quartier.delivery.domain.model.tour.CheapestInsertion;
import io.quartier.delivery.domain.model.tour.Schedule;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plans tours within a time budget: the greedy insertion first (fast, and never slowed down by the solver's
 * threads), then the solver on its own thread, starting from the greedy plan, for what is left of the budget. The solver's plan is taken if it
 * comes in time (plus a little grace), keeps every rule and is no worse, and the greedy plan otherwise; a solver
 * that is late is interrupted. A budget of zero asks for the greedy plan alone.
 */
@ApplicationScoped
public class TourPlanning {

    private static final Logger LOG = Logger.getLogger(TourPlanning.class.getName());

    /** How long past its budget a solver may take to hand its plan over. */
    static final Duration GRACE = Duration.ofMillis(500);

    @Inject
    TourPlanner solver;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    private final CheapestInsertion greedy = new CheapestInsertion();

    TourPlanning() {
    }

    /** Planning outside the container (benchmarks, tests), on the caller's threads. */
    public TourPlanning(TourPlanner solver, ExecutorService executor) {
        this.solver = solver;
        this.executor = executor;
    }

    public TourPlan plan(TourProblem problem, Duration budget) {
        if (problem.tasks().isEmpty() || problem.vehicles().isEmpty() || budget.isZero()) {
            return greedy.plan(problem);
        }
        long started = System.nanoTime();
        long deadline = started + budget.plus(GRACE).toNanos();
        TourPlan fallback = greedy.plan(problem);
        Duration left = budget.minusNanos(System.nanoTime() - started);
        if (left.toMillis() < 1) {
            return fallback;
        }
        Future<TourPlan> solving = executor.submit(() -> solver.plan(problem, fallback, left));
        try {
            TourPlan solved = solving.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            String broken = Schedule.brokenRule(problem, solved);
            if (broken != null) {
                LOG.warning(() -> "The tour solver's plan is refused (" + broken + "); the greedy plan is used");
                return fallback;
            }
            return fallback.betterThan(solved) ? fallback : solved;
        } catch (TimeoutException e) {
            solving.cancel(true);
            LOG.warning(() -> "The tour solver did not answer within " + budget + " for " + problem.tasks().size()
                    + " tasks; the greedy plan is used");
            return fallback;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "The tour solver failed; the greedy plan is used", e.getCause());
            return fallback;
        } catch (InterruptedException e) {
            solving.cancel(true);
            Thread.currentThread().interrupt();
            return fallback;
        }
    }
}
