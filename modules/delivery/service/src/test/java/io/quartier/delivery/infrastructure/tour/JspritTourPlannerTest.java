package io.quartier.delivery.infrastructure.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourProblem;
import io.quartier.delivery.domain.model.tour.TourRulesContract;
import java.time.Duration;

class JspritTourPlannerTest extends TourRulesContract {

    @Override
    protected TourPlan plan(TourProblem problem) {
        TourPlan plan = new JspritTourPlanner(1).plan(problem, Duration.ofMillis(300));
        assertEquals(TourPlan.Origin.SOLVER, plan.origin());
        return plan;
    }
}
