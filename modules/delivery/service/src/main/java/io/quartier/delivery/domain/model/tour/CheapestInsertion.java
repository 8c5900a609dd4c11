package io.quartier.delivery.domain.model.tour;

import io.quartier.delivery.domain.model.tour.Schedule.Visit;
import io.quartier.delivery.domain.model.tour.TourPlan.Origin;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.domain.model.tour.TourProblem.Task;
import io.quartier.delivery.domain.model.tour.TourProblem.Vehicle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The greedy fallback: takes the tasks by their drop deadline and puts each where it adds the fewest meters (any
 * vehicle, any pickup position, any later drop position) without breaking a rule. Fast and never clever: used
 * when the solver does not answer within its budget.
 */
public final class CheapestInsertion {

    public TourPlan plan(TourProblem problem) {
        List<Vehicle> vehicles = problem.vehicles();
        List<List<Visit>> visits = new ArrayList<>();
        double[] meters = new double[vehicles.size()];
        for (int v = 0; v < vehicles.size(); v++) {
            visits.add(new ArrayList<>());
        }
        List<String> unassigned = new ArrayList<>();
        List<Task> tasks = problem.tasks().stream()
                .sorted(Comparator.comparingDouble((Task t) -> t.dropWindow().to()).thenComparing(Task::id))
                .toList();
        for (Task task : tasks) {
            Insertion best = null;
            for (int v = 0; v < vehicles.size(); v++) {
                Insertion here = cheapest(vehicles.get(v), visits.get(v), task);
                if (here != null && (best == null || here.meters - meters[v] < best.meters - meters[best.vehicle])) {
                    best = new Insertion(v, here.visits, here.meters);
                }
            }
            if (best == null) {
                unassigned.add(task.id());
            } else {
                visits.set(best.vehicle, best.visits);
                meters[best.vehicle] = best.meters;
            }
        }
        List<Route> routes = new ArrayList<>();
        for (int v = 0; v < vehicles.size(); v++) {
            if (!visits.get(v).isEmpty()) {
                routes.add(Schedule.drive(vehicles.get(v), visits.get(v)).orElseThrow());
            }
        }
        return new TourPlan(routes, unassigned, Origin.GREEDY);
    }

    private static Insertion cheapest(Vehicle vehicle, List<Visit> route, Task task) {
        if (route.size() / 2 >= vehicle.maxTasks()) {
            return null;
        }
        Insertion best = null;
        Visit pickup = new Visit(task, true);
        Visit drop = new Visit(task, false);
        for (int p = 0; p <= route.size(); p++) {
            for (int d = p; d <= route.size(); d++) {
                List<Visit> candidate = new ArrayList<>(route.size() + 2);
                candidate.addAll(route.subList(0, p));
                candidate.add(pickup);
                candidate.addAll(route.subList(p, d));
                candidate.add(drop);
                candidate.addAll(route.subList(d, route.size()));
                double meters = Schedule.meters(vehicle, candidate);
                if (meters >= 0 && (best == null || meters < best.meters)) {
                    best = new Insertion(-1, candidate, meters);
                }
            }
        }
        return best;
    }

    private record Insertion(int vehicle, List<Visit> visits, double meters) {
    }
}
