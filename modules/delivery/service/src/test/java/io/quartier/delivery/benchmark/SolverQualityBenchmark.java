package io.quartier.delivery.benchmark;

import io.quartier.delivery.domain.model.tour.CheapestInsertion;
import io.quartier.delivery.domain.model.tour.PlanRules;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.domain.model.tour.TourPlan.Stop;
import io.quartier.delivery.benchmark.VrpInstances.Instance;
import io.quartier.delivery.infrastructure.tour.JspritTourPlanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tour solver against the literature: Li &amp; Lim's 100-task PDPTW set and Solomon's C1, R1, RC1, each at its
 * best-known vehicle count, {@code vrp.seconds} (10) per instance on {@code vrp.threads} (2) threads, the
 * instances whose name matches {@code vrp.instances} (all). Prints the distance gap to the best-known solution per
 * instance and the mean per family; an instance with tasks left unplanned has no gap and is counted apart. The
 * greedy fallback's gap is printed beside it. Figures only: nothing is asserted but the rules of each plan.
 */
class SolverQualityBenchmark {

    private final Duration budget = Duration.ofMillis(Math.round(
            Double.parseDouble(System.getProperty("vrp.seconds", "10")) * 1000));
    private final int threads = Integer.getInteger("vrp.threads", 2);
    private final String only = System.getProperty("vrp.instances", ".*");
    private final VrpInstances data = new VrpInstances(Path.of(System.getProperty("vrp.data",
            "src/test/vrp")));

    @Test
    void gapsToTheBestKnownSolutions() {
        List<Instance> instances = new ArrayList<>(data.liLim());
        instances.addAll(data.solomon());
        instances.removeIf(i -> !i.name().matches(only));
        System.out.printf(Locale.ROOT, "%nTour solver (jsprit, %d threads, %s per instance) at best-known fleet size%n",
                threads, budget);
        System.out.printf(Locale.ROOT, "%-8s %4s %9s | %4s %5s %9s %8s %7s | %7s %8s%n", "instance", "bksV", "bksDist",
                "used", "unpl", "distance", "gap", "reloads", "greedyU", "greedyGap");
        Map<String, List<Double>> gaps = new LinkedHashMap<>();
        Map<String, Integer> incomplete = new LinkedHashMap<>();
        for (Instance instance : instances) {
            TourPlan solved = new JspritTourPlanner(threads).plan(instance.problem(), null, budget);
            PlanRules.assertKept(instance.problem(), solved);
            TourPlan greedy = new CheapestInsertion().plan(instance.problem());
            double gap = gap(solved, instance);
            gaps.computeIfAbsent(instance.family(), f -> new ArrayList<>());
            incomplete.merge(instance.family(), solved.unassigned().isEmpty() ? 0 : 1, Integer::sum);
            if (!Double.isNaN(gap)) {
                gaps.get(instance.family()).add(gap);
            }
            System.out.printf(Locale.ROOT, "%-8s %4d %9.2f | %4d %5d %9.2f %8s %7s | %7d %8s%n", instance.name(),
                    instance.bestVehicles(), instance.bestDistance(), solved.vehiclesUsed(), solved.unassigned().size(),
                    solved.meters(), percent(gap), instance.family().startsWith("L") ? "-" : reloads(solved),
                    greedy.unassigned().size(),
                    percent(gap(greedy, instance)));
        }
        System.out.printf(Locale.ROOT, "%nMean gap per family (instances with every task planned; others counted apart)%n");
        List<Double> liLim = new ArrayList<>();
        gaps.forEach((family, values) -> {
            if (family.startsWith("L")) {
                liLim.addAll(values);
            }
            System.out.printf(Locale.ROOT, "%-5s mean gap %8s over %2d instances; %d with tasks left unplanned%n",
                    family, percent(mean(values)), values.size(), incomplete.get(family));
        });
        if (!liLim.isEmpty()) {
            System.out.printf(Locale.ROOT, "Li & Lim (all families) mean gap %s over %d instances%n",
                    percent(mean(liLim)), liLim.size());
        }
    }

    /** Solomon's vehicles load everything at the start; a plan that comes back to the depot for more does not. */
    private static int reloads(TourPlan plan) {
        int reloads = 0;
        for (Route route : plan.routes()) {
            boolean dropped = false;
            for (Stop stop : route.stops()) {
                if (!stop.pickup()) {
                    dropped = true;
                } else if (dropped) {
                    reloads++;
                    dropped = false;
                }
            }
        }
        return reloads;
    }

    private static double gap(TourPlan plan, Instance instance) {
        return plan.unassigned().isEmpty() ? plan.meters() / instance.bestDistance() - 1 : Double.NaN;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String percent(double gap) {
        if (Double.isNaN(gap)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.2f%%", Math.abs(gap) < 0.00005 ? 0 : gap * 100);
    }
}
