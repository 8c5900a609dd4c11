package io.quartier.delivery.domain.model.tour;

import java.util.List;

/** Who carries what, in which order and when; tasks nobody can carry within the rules stay unassigned. */
public record TourPlan(List<Route> routes, List<String> unassigned, Origin origin) {

    /** Whether the solver library made the plan or the greedy fallback did. */
    public enum Origin { SOLVER, GREEDY }

    public TourPlan {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    public double meters() {
        return routes.stream().mapToDouble(Route::meters).sum();
    }

    public long vehiclesUsed() {
        return routes.stream().filter(r -> !r.stops().isEmpty()).count();
    }

    /** Fewer orders left behind first, then fewer meters driven. */
    public boolean betterThan(TourPlan other) {
        if (unassigned.size() != other.unassigned.size()) {
            return unassigned.size() < other.unassigned.size();
        }
        return meters() < other.meters();
    }

    /** One vehicle's stops in order and the meters it drives for them. */
    public record Route(String vehicleId, List<Stop> stops, double meters) {

        public Route {
            stops = List.copyOf(stops);
        }

        public List<String> taskIds() {
            return stops.stream().filter(Stop::pickup).map(Stop::taskId).toList();
        }
    }

    /** Collecting ({@code pickup}) or dropping a task: arriving at {@code arrival}, serving from {@code start}. */
    public record Stop(String taskId, boolean pickup, double arrival, double start) {
    }
}
