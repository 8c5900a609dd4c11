package io.quartier.delivery.infrastructure.tour;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Shipment;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.PickupActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.Schedule;
import io.quartier.delivery.domain.model.tour.Schedule.Visit;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourPlan.Origin;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.application.tour.TourPlanner;
import io.quartier.delivery.domain.model.tour.TourProblem;
import io.quartier.delivery.domain.model.tour.TourProblem.Task;
import io.quartier.delivery.domain.model.tour.TourProblem.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tours through jsprit (ruin and recreate over pickup-and-delivery shipments), chosen over Timefold because it
 * reached the Li & Lim best-known solutions within 10 s where a Timefold model had not even found a feasible
 * plan (README, "Benchmarks"). Each vehicle travels by its own matrix; the order count is a route constraint.
 */
@ApplicationScoped
public class JspritTourPlanner implements TourPlanner {

    @Inject
    @ConfigProperty(name = "delivery.tours.solver-threads", defaultValue = "2")
    int threads;

    public JspritTourPlanner() {
    }

    public JspritTourPlanner(int threads) {
        this.threads = threads;
    }

    @Override
    public TourPlan plan(TourProblem problem, Duration budget) {
        if (problem.vehicles().isEmpty()) {
            return new TourPlan(List.of(), problem.tasks().stream().map(Task::id).toList(), Origin.SOLVER);
        }
        Map<String, Vehicle> vehicles = new HashMap<>();
        Map<String, Task> tasks = new HashMap<>();
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(new MatrixCosts(vehicles, problem.vehicles().get(0).travel()));
        for (Vehicle vehicle : problem.vehicles()) {
            vehicles.put(vehicle.id(), vehicle);
            builder.addVehicle(VehicleImpl.Builder.newInstance(vehicle.id())
                    .setType(VehicleTypeImpl.Builder.newInstance(vehicle.id())
                            .addCapacityDimension(0, vehicle.capacity()).build())
                    .setStartLocation(place(vehicle.startPlace()))
                    .setEarliestStart(vehicle.shift().from())
                    .setLatestArrival(vehicle.shift().to())
                    .setReturnToDepot(vehicle.returnsToStart())
                    .build());
        }
        for (Task task : problem.tasks()) {
            tasks.put(task.id(), task);
            builder.addJob(Shipment.Builder.newInstance(task.id())
                    .addSizeDimension(0, task.size())
                    .setPickupLocation(place(task.pickupPlace()))
                    .setDeliveryLocation(place(task.dropPlace()))
                    .setPickupServiceTime(task.pickupSeconds())
                    .setDeliveryServiceTime(task.dropSeconds())
                    .setPickupTimeWindow(TimeWindow.newInstance(task.pickupWindow().from(), task.pickupWindow().to()))
                    .setDeliveryTimeWindow(TimeWindow.newInstance(task.dropWindow().from(), task.dropWindow().to()))
                    .build());
        }
        VehicleRoutingProblem vrp = builder.build();
        StateManager states = new StateManager(vrp);
        ConstraintManager constraints = new ConstraintManager(vrp, states);
        constraints.addConstraint((HardRouteConstraint) context -> {
            Vehicle vehicle = vehicles.get(context.getNewVehicle().getId());
            return vehicle == null || context.getRoute().getTourActivities().getJobs().size() < vehicle.maxTasks();
        });
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
                .setStateAndConstraintManager(states, constraints)
                .setProperty(Jsprit.Parameter.THREADS, String.valueOf(threads))
                .buildAlgorithm();
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        TimeTermination termination = new TimeTermination(Math.max(1, budget.toMillis()));
        algorithm.setPrematureAlgorithmTermination(termination);
        algorithm.addListener(termination);
        return plan(Solutions.bestOf(algorithm.searchSolutions()), vehicles, tasks);
    }

    private static TourPlan plan(VehicleRoutingProblemSolution solution, Map<String, Vehicle> vehicles,
                                 Map<String, Task> tasks) {
        List<Route> routes = new ArrayList<>();
        for (VehicleRoute route : solution.getRoutes()) {
            Vehicle vehicle = vehicles.get(route.getVehicle().getId());
            List<Visit> visits = new ArrayList<>();
            for (TourActivity activity : route.getActivities()) {
                Job job = ((TourActivity.JobActivity) activity).getJob();
                visits.add(new Visit(tasks.get(job.getId()), activity instanceof PickupActivity));
            }
            routes.add(Schedule.drive(vehicle, visits).orElseThrow(() -> new IllegalStateException(
                    "jsprit planned a route for " + vehicle.id() + " that breaks the problem's rules")));
        }
        List<String> unassigned = solution.getUnassignedJobs().stream().map(Job::getId).sorted().toList();
        return new TourPlan(routes, unassigned, Origin.SOLVER);
    }

    private static Location place(int index) {
        return Location.Builder.newInstance().setIndex(index).setId(String.valueOf(index)).build();
    }

    /** Meters as the cost, each vehicle's own seconds as the time. */
    private static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {

        private final Map<String, Vehicle> vehicles;
        private final TravelMatrix anyVehicle;

        MatrixCosts(Map<String, Vehicle> vehicles, TravelMatrix anyVehicle) {
            this.vehicles = vehicles;
            this.anyVehicle = anyVehicle;
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime,
                                  com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            return travel(vehicle).meters(from.getIndex(), to.getIndex());
        }

        @Override
        public double getTransportTime(Location from, Location to, double departureTime, Driver driver,
                                       com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            return travel(vehicle).seconds(from.getIndex(), to.getIndex());
        }

        @Override
        public double getTransportCost(Location from, Location to, double departureTime, Driver driver,
                                       com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            return travel(vehicle).meters(from.getIndex(), to.getIndex());
        }

        /** jsprit asks without a (real) vehicle when it only ranks neighbours; any vehicle's matrix ranks them alike. */
        private TravelMatrix travel(com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            Vehicle ours = vehicle == null ? null : vehicles.get(vehicle.getId());
            return ours == null ? anyVehicle : ours.travel();
        }
    }
}
