package io.quartier.delivery.domain.model.tour;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The rules every plan keeps, checked by the same code that checks a solver's plan at run time. */
public final class PlanRules {

    private PlanRules() {
    }

    public static void assertKept(TourProblem problem, TourPlan plan) {
        assertNull(Schedule.brokenRule(problem, plan), "the plan breaks a rule");
    }
}
