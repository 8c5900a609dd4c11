package io.quartier.delivery.domain.model.tour;

import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.domain.model.tour.TourPlan.Stop;
import io.quartier.delivery.domain.model.tour.TourProblem.Task;
import io.quartier.delivery.domain.model.tour.TourProblem.Vehicle;
import io.quartier.delivery.domain.model.tour.TourProblem.Window;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drives one vehicle through its visits in order: when it arrives where, what it carries, and whether every rule
 * holds (windows, capacity, order count, pickup before drop on the same vehicle, end of shift). The greedy
 * fallback builds routes with it and every solver's plan is checked by it, so both obey the same rules.
 */
public final class Schedule {

    /** Rounding slack on times: a solver's double arithmetic may differ in the last digits. */
    private static final double SLACK = 1e-6;

    private Schedule() {
    }

    /** Collecting or dropping one task. */
    public record Visit(Task task, boolean pickup) {

        int place() {
            return pickup ? task.pickupPlace() : task.dropPlace();
        }

        Window window() {
            return pickup ? task.pickupWindow() : task.dropWindow();
        }

        double serviceSeconds() {
            return pickup ? task.pickupSeconds() : task.dropSeconds();
        }
    }

    /** The route with its times and meters, or empty when it breaks a rule. */
    public static Optional<Route> drive(Vehicle vehicle, List<Visit> visits) {
        List<Stop> stops = new ArrayList<>(visits.size());
        double meters = walk(vehicle, visits, stops);
        return meters < 0 ? Optional.empty() : Optional.of(new Route(vehicle.id(), stops, meters));
    }

    /** The meters the vehicle drives for these visits, or -1 when they break a rule. */
    static double meters(Vehicle vehicle, List<Visit> visits) {
        return walk(vehicle, visits, null);
    }

    private static double walk(Vehicle vehicle, List<Visit> visits, List<Stop> stops) {
        TravelMatrix travel = vehicle.travel();
        Set<String> onBoard = new HashSet<>();
        int place = vehicle.startPlace();
        double time = vehicle.shift().from();
        double meters = 0;
        int load = 0;
        int tasks = 0;
        for (Visit visit : visits) {
            double arrival = time + travel.seconds(place, visit.place());
            double start = Math.max(arrival, visit.window().from());
            if (start > visit.window().to() + SLACK) {
                return -1;
            }
            if (visit.pickup()) {
                if (!onBoard.add(visit.task().id()) || ++tasks > vehicle.maxTasks()) {
                    return -1;
                }
                load += visit.task().size();
                if (load > vehicle.capacity()) {
                    return -1;
                }
            } else {
                if (!onBoard.remove(visit.task().id())) {
                    return -1;
                }
                load -= visit.task().size();
            }
            meters += travel.meters(place, visit.place());
            place = visit.place();
            time = start + visit.serviceSeconds();
            if (stops != null) {
                stops.add(new Stop(visit.task().id(), visit.pickup(), arrival, start));
            }
        }
        if (!onBoard.isEmpty()) {
            return -1;
        }
        if (vehicle.returnsToStart() && !visits.isEmpty()) {
            time += travel.seconds(place, vehicle.startPlace());
            meters += travel.meters(place, vehicle.startPlace());
        }
        return time > vehicle.shift().to() + SLACK ? -1 : meters;
    }

    /** What the plan gets wrong, or null when it keeps every rule (a solver's plan is checked by it). */
    public static String brokenRule(TourProblem problem, TourPlan plan) {
        Map<String, Task> tasks = problem.tasks().stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<String, Vehicle> vehicles = problem.vehicles().stream()
                .collect(Collectors.toMap(Vehicle::id, Function.identity()));
        Set<String> seen = new HashSet<>(plan.unassigned());
        Set<String> used = new HashSet<>();
        for (Route route : plan.routes()) {
            Vehicle vehicle = vehicles.get(route.vehicleId());
            if (vehicle == null || !used.add(route.vehicleId())) {
                return "unknown or repeated vehicle " + route.vehicleId();
            }
            List<Visit> visits = route.stops().stream()
                    .map(s -> new Visit(tasks.get(s.taskId()), s.pickup())).toList();
            if (visits.stream().anyMatch(v -> v.task() == null)) {
                return "unknown task on " + route.vehicleId();
            }
            if (Schedule.meters(vehicle, visits) < 0) {
                return "route of " + route.vehicleId() + " breaks a window, the capacity or the shift";
            }
            for (Stop stop : route.stops()) {
                if (stop.pickup() && !seen.add(stop.taskId())) {
                    return "task " + stop.taskId() + " planned twice";
                }
            }
        }
        return seen.size() == tasks.size() ? null : "tasks missing from the plan";
    }
}
