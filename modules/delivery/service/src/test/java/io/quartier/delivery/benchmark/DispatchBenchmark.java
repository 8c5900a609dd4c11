package io.quartier.delivery.benchmark;

import io.quartier.delivery.application.dispatch.Assignment;
import io.quartier.delivery.application.dispatch.CourierOnShift;
import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.WaitingJob;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.infrastructure.routing.GreatCircleRouting;
import io.quartier.delivery.infrastructure.tour.JspritTourPlanner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * One dispatch cycle over {@code dispatch.jobs} (300) waiting jobs and {@code dispatch.couriers} (150) couriers in
 * a 8 km square, great-circle routing: time per cycle (p50, p99) over {@code dispatch.cycles} (30) seeded cycles
 * after 3 unmeasured ones, once with the greedy planner alone and once with jsprit given
 * {@code dispatch.budget} (PT1S). Prints figures; asserts nothing.
 */
class DispatchBenchmark {

    private final int jobs = Integer.getInteger("dispatch.jobs", 300);
    private final int couriers = Integer.getInteger("dispatch.couriers", 150);
    private final int cycles = Integer.getInteger("dispatch.cycles", 30);
    private final Duration budget = Duration.parse(System.getProperty("dispatch.budget", "PT1S"));

    @Test
    void timePerCycle() {
        System.out.printf(Locale.ROOT, "%nDispatch: one cycle over %d waiting jobs and %d couriers, %d cycles%n", jobs,
                couriers, cycles);
        measure("greedy insertion only", Duration.ZERO);
        measure("jsprit, budget " + budget, budget);
    }

    private void measure(String label, Duration cycleBudget) {
        ExecutorService executor = Executors.newCachedThreadPool();
        try {
            DispatchCycle cycle = new DispatchCycle(new GreatCircleRouting(1.3),
                    new TourPlanning(new JspritTourPlanner(2), executor), cycleBudget, 3, 120, 120);
            double[] millis = new double[cycles];
            int assigned = 0;
            int batched = 0;
            double meters = 0;
            for (int c = -3; c < cycles; c++) {
                City city = new City(1000 + c, 8000, 120);
                Instant now = Instant.parse("2026-11-28T19:00:00Z");
                List<WaitingJob> waiting = new ArrayList<>();
                for (int j = 0; j < jobs; j++) {
                    waiting.add(city.job(j, now.minusSeconds(city.random().nextInt(900))));
                }
                List<CourierOnShift> onShift = new ArrayList<>();
                for (int k = 0; k < couriers; k++) {
                    onShift.add(city.courier(k, city.anywhere(), now.plusSeconds(4 * 3600)));
                }
                long started = System.nanoTime();
                List<Assignment> assignments = cycle.assign(waiting, onShift, now);
                if (c >= 0) {
                    millis[c] = (System.nanoTime() - started) / 1e6;
                    assigned += assignments.stream().mapToInt(a -> a.jobIds().size()).sum();
                    batched += (int) assignments.stream().filter(a -> a.jobIds().size() > 1).count();
                    meters += assignments.stream().mapToDouble(Assignment::meters).sum();
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%-28s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms | %.1f jobs assigned, "
                            + "%.1f couriers with several, %.1f courier-km, per cycle%n", label, percentile(millis, 50),
                    percentile(millis, 99), millis[millis.length - 1], assigned / (double) cycles,
                    batched / (double) cycles, meters / 1000 / cycles);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
