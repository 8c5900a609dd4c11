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
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.PickupActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.tour.Schedule;
import io.quartier.delivery.domain.model.tour.Schedule.Visit;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourPlan.Origin;
import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.domain.model.tour.TourPlan.Stop;
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
 * plan (README, "Benchmark"). Each vehicle travels by its own matrix (vehicles share a jsprit type per capacity);
 * the order count is a route constraint.
 */
@ApplicationScoped
public class JspritTourPlanner implements TourPlanner {

    /** What leaving a task unplanned costs, in meters: more than any plan drives, so fewer unplanned comes first. */
    private static final double UNPLANNED_PENALTY = 1e9;

    /** Above this many tasks, each iteration ruins a few dozen of them rather than a share of them all. */
    private static final int LARGE = 120;

    private static final Jsprit.Parameter[][] RUIN_SHARES = {
        {Jsprit.Parameter.RADIAL_MIN_SHARE, Jsprit.Parameter.RADIAL_MAX_SHARE},
        {Jsprit.Parameter.RANDOM_BEST_MIN_SHARE, Jsprit.Parameter.RANDOM_BEST_MAX_SHARE},
        {Jsprit.Parameter.RANDOM_REGRET_MIN_SHARE, Jsprit.Parameter.RANDOM_REGRET_MAX_SHARE},
        {Jsprit.Parameter.WORST_MIN_SHARE, Jsprit.Parameter.WORST_MAX_SHARE},
        {Jsprit.Parameter.CLUSTER_MIN_SHARE, Jsprit.Parameter.CLUSTER_MAX_SHARE},
    };

    @Inject
    @ConfigProperty(name = "delivery.tours.solver-threads", defaultValue = "2")
    int threads;

    public JspritTourPlanner() {
    }

    public JspritTourPlanner(int threads) {
        this.threads = threads;
    }

    @Override
    public TourPlan plan(TourProblem problem, TourPlan start, Duration budget) {
        if (problem.vehicles().isEmpty()) {
            return new TourPlan(List.of(), problem.tasks().stream().map(Task::id).toList(), Origin.SOLVER);
        }
        Map<String, Vehicle> vehicles = new HashMap<>();
        Map<String, Task> tasks = new HashMap<>();
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(new MatrixCosts(vehicles, problem.vehicles().get(0).travel()));
        Map<Integer, VehicleType> types = new HashMap<>();
        Map<String, VehicleImpl> jspritVehicles = new HashMap<>();
        Map<String, Shipment> shipments = new HashMap<>();
        for (Vehicle vehicle : problem.vehicles()) {
            vehicles.put(vehicle.id(), vehicle);
            jspritVehicles.put(vehicle.id(), VehicleImpl.Builder.newInstance(vehicle.id())
                    .setType(types.computeIfAbsent(vehicle.capacity(), capacity -> VehicleTypeImpl.Builder
                            .newInstance("capacity-" + capacity).addCapacityDimension(0, capacity).build()))
                    .setStartLocation(place(vehicle.startPlace()))
                    .setEarliestStart(vehicle.shift().from())
                    .setLatestArrival(vehicle.shift().to())
                    .setReturnToDepot(vehicle.returnsToStart())
                    .build());
            builder.addVehicle(jspritVehicles.get(vehicle.id()));
        }
        for (Task task : problem.tasks()) {
            tasks.put(task.id(), task);
            shipments.put(task.id(), Shipment.Builder.newInstance(task.id())
                    .addSizeDimension(0, task.size())
                    .setPickupLocation(place(task.pickupPlace()))
                    .setDeliveryLocation(place(task.dropPlace()))
                    .setPickupServiceTime(task.pickupSeconds())
                    .setDeliveryServiceTime(task.dropSeconds())
                    .setPickupTimeWindow(TimeWindow.newInstance(task.pickupWindow().from(), task.pickupWindow().to()))
                    .setDeliveryTimeWindow(TimeWindow.newInstance(task.dropWindow().from(), task.dropWindow().to()))
                    .build());
            builder.addJob(shipments.get(task.id()));
        }
        VehicleRoutingProblem vrp = builder.build();
        StateManager states = new StateManager(vrp);
        ConstraintManager constraints = new ConstraintManager(vrp, states);
        constraints.addConstraint((HardRouteConstraint) context -> {
            Vehicle vehicle = vehicles.get(context.getNewVehicle().getId());
            return vehicle == null || context.getRoute().getTourActivities().getJobs().size() < vehicle.maxTasks();
        });
        Jsprit.Builder jsprit = Jsprit.Builder.newInstance(vrp)
                .setStateAndConstraintManager(states, constraints)
                .setProperty(Jsprit.Parameter.THREADS, String.valueOf(threads));
        if (problem.tasks().size() > LARGE) {
            // jsprit ruins a share of the jobs each iteration: for a zone's hundreds of jobs that makes an iteration
            // last seconds; 10 to 30 jobs keep it to many quick ones
            for (Jsprit.Parameter[] share : RUIN_SHARES) {
                jsprit.setProperty(share[0], "10").setProperty(share[1], "30");
            }
            jsprit.setProperty(Jsprit.Parameter.FAST_REGRET, "true");
        }
        SolutionCostCalculator objective = solution -> meters(vrp, solution)
                + UNPLANNED_PENALTY * solution.getUnassignedJobs().size();
        if (start != null) {
            jsprit.setObjectiveFunction(objective);
        }
        VehicleRoutingAlgorithm algorithm = jsprit.buildAlgorithm();
        if (start != null) {
            algorithm.addInitialSolution(seed(vrp, start, jspritVehicles, shipments, objective));
        }
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        TimeTermination termination = new TimeTermination(Math.max(1, budget.toMillis()));
        algorithm.setPrematureAlgorithmTermination(termination);
        algorithm.addListener(termination);
        // given up by its caller (TourPlanning's deadline): stop at the next iteration rather than run on
        algorithm.addTerminationCriterion(discovered -> Thread.currentThread().isInterrupted());
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

    /**
     * The caller's plan as jsprit's first solution, so that jsprit improves on it at once instead of spending its
     * budget building one of its own (seconds, for a zone's hundreds of jobs).
     */
    private static VehicleRoutingProblemSolution seed(VehicleRoutingProblem vrp, TourPlan start,
                                                      Map<String, VehicleImpl> vehicles, Map<String, Shipment> shipments,
                                                      SolutionCostCalculator objective) {
        List<VehicleRoute> routes = new ArrayList<>();
        for (Route route : start.routes()) {
            VehicleRoute.Builder builder = VehicleRoute.Builder.newInstance(vehicles.get(route.vehicleId()))
                    .setJobActivityFactory(vrp.getJobActivityFactory());
            for (Stop stop : route.stops()) {
                Shipment shipment = shipments.get(stop.taskId());
                if (stop.pickup()) {
                    builder.addPickup(shipment);
                } else {
                    builder.addDelivery(shipment);
                }
            }
            routes.add(builder.build());
        }
        List<Job> unplanned = start.unassigned().stream().map(id -> (Job) shipments.get(id)).toList();
        VehicleRoutingProblemSolution seed = new VehicleRoutingProblemSolution(routes, unplanned, 0);
        seed.setCost(objective.getCosts(seed));
        return seed;
    }

    /** The meters a solution drives: jsprit's own routes, by the vehicles' matrices. */
    private static double meters(VehicleRoutingProblem vrp, VehicleRoutingProblemSolution solution) {
        double meters = 0;
        for (VehicleRoute route : solution.getRoutes()) {
            TourActivity previous = route.getStart();
            for (TourActivity activity : route.getActivities()) {
                meters += vrp.getTransportCosts().getTransportCost(previous.getLocation(), activity.getLocation(),
                        previous.getEndTime(), null, route.getVehicle());
                previous = activity;
            }
            if (route.getVehicle().isReturnToDepot()) {
                meters += vrp.getTransportCosts().getTransportCost(previous.getLocation(), route.getEnd().getLocation(),
                        previous.getEndTime(), null, route.getVehicle());
            }
        }
        return meters;
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
