package io.quartier.delivery.application.tour;

class CheapestInsertionTest extends TourRulesContract {

    @Override
    protected TourPlan plan(TourProblem problem) {
        return new CheapestInsertion().plan(problem);
    }
}
