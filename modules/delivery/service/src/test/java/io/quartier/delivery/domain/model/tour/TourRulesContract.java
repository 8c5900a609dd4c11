package io.quartier.delivery.domain.model.tour;

import static io.quartier.delivery.domain.model.tour.TinyTours.dueBy;
import static io.quartier.delivery.domain.model.tour.TinyTours.problem;
import static io.quartier.delivery.domain.model.tour.TinyTours.task;
import static io.quartier.delivery.domain.model.tour.TinyTours.vehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.domain.model.tour.TourPlan.Route;
import io.quartier.delivery.domain.model.tour.TourPlan.Stop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every way of planning tours must get right, on problems small enough to know the answer. */
public abstract class TourRulesContract {

    protected abstract TourPlan plan(TourProblem problem);

    @Test
    void eachOrderIsCollectedBeforeItIsDroppedBySameVehicle() {
        TourProblem problem = problem(List.of(task("back", 8, 2), task("on", 3, 9)), List.of(vehicle("bike", 5, 5)));

        TourPlan plan = plan(problem);

        PlanRules.assertKept(problem, plan);
        assertEquals(List.of(), plan.unassigned());
        List<Stop> stops = plan.routes().get(0).stops();
        for (String id : List.of("back", "on")) {
            assertTrue(index(stops, id, true) < index(stops, id, false), id + " dropped before it was collected");
        }
    }

    @Test
    void neverCarriesMoreThanItsCapacity() {
        TourProblem problem = problem(List.of(task("a", 1, 9), task("b", 2, 9), task("c", 3, 9)),
                List.of(vehicle("bike", 2, 10)));

        TourPlan plan = plan(problem);

        PlanRules.assertKept(problem, plan);
        assertEquals(List.of(), plan.unassigned());
        int load = 0;
        for (Stop stop : plan.routes().get(0).stops()) {
            load += stop.pickup() ? 1 : -1;
            assertTrue(load <= 2, "carries " + load + " orders with room for 2");
        }
    }

    @Test
    void dropsAnUrgentOrderInTimeAndLeavesAHopelessOneUnassigned() {
        TourProblem problem = problem(
                List.of(task("far", 9, 10), dueBy("urgent", 1, 2, 25), dueBy("hopeless", 11, 10, 50)),
                List.of(vehicle("bike", 5, 5)));

        TourPlan plan = plan(problem);

        PlanRules.assertKept(problem, plan);
        assertEquals(List.of("hopeless"), plan.unassigned());
        Stop urgentDrop = plan.routes().get(0).stops().get(index(plan.routes().get(0).stops(), "urgent", false));
        assertTrue(urgentDrop.start() <= 25, "urgent dropped at " + urgentDrop.start() + " s, due by 25 s");
    }

    @Test
    void takesNoMoreOrdersThanAVehicleMayAndSharesTheRest() {
        List<TourProblem.Task> tasks = List.of(task("a", 1, 2), task("b", 2, 3), task("c", 3, 4));

        TourPlan alone = plan(problem(tasks, List.of(vehicle("bike", 5, 2))));
        TourPlan two = plan(problem(tasks, List.of(vehicle("bike", 5, 2), vehicle("car", 5, 2))));

        assertEquals(1, alone.unassigned().size());
        assertEquals(List.of(), two.unassigned());
        assertTrue(two.routes().stream().map(Route::taskIds).allMatch(ids -> ids.size() <= 2));
        PlanRules.assertKept(problem(tasks, List.of(vehicle("bike", 5, 2), vehicle("car", 5, 2))), two);
    }

    private static int index(List<Stop> stops, String task, boolean pickup) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).taskId().equals(task) && stops.get(i).pickup() == pickup) {
                return i;
            }
        }
        throw new AssertionError(task + (pickup ? " never collected" : " never dropped"));
    }
}
