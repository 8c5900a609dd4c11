package io.quartier.delivery.application.tour;

import io.quartier.delivery.application.routing.TravelMatrix;
import io.quartier.delivery.application.tour.TourPlan.Route;
import io.quartier.delivery.application.tour.TourPlan.Stop;
import io.quartier.delivery.application.tour.TourProblem.Task;
import io.quartier.delivery.application.tour.TourProblem.Vehicle;
import io.quartier.delivery.application.tour.TourProblem.Window;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
}
