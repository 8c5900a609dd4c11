package io.quartier.delivery.infrastructure.tour;

import static io.quartier.delivery.domain.model.tour.TinyTours.problem;
import static io.quartier.delivery.domain.model.tour.TinyTours.task;
import static io.quartier.delivery.domain.model.tour.TinyTours.vehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.domain.model.tour.CheapestInsertion;
import io.quartier.delivery.domain.model.tour.PlanRules;
import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourProblem;
import io.quartier.delivery.domain.model.tour.TourRulesContract;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jsprit as the dispatch uses it: improving on the greedy plan. */
class JspritTourPlannerTest extends TourRulesContract {

    private final JspritTourPlanner jsprit = new JspritTourPlanner(1);

    @Override
    protected TourPlan plan(TourProblem problem) {
        TourPlan start = new CheapestInsertion().plan(problem);
        TourPlan plan = jsprit.plan(problem, start, Duration.ofMillis(300));
        assertEquals(TourPlan.Origin.SOLVER, plan.origin());
        assertTrue(plan.unassigned().size() <= start.unassigned().size(), "jsprit lost a task the greedy plan had");
        return plan;
    }

    @Test
    void buildsAPlanOfItsOwnWithoutAStart() {
        TourProblem problem = problem(List.of(task("a", 1, 9), task("b", 2, 9), task("c", 3, 9)),
                List.of(vehicle("bike", 2, 10), vehicle("car", 1, 10)));

        TourPlan plan = jsprit.plan(problem, null, Duration.ofMillis(300));

        PlanRules.assertKept(problem, plan);
        assertEquals(List.of(), plan.unassigned());
    }
}
