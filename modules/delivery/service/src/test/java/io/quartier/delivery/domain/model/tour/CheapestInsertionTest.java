package io.quartier.delivery.domain.model.tour;

class CheapestInsertionTest extends TourRulesContract {

    @Override
    protected TourPlan plan(TourProblem problem) {
        return new CheapestInsertion().plan(problem);
    }
}
