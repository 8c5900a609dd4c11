package io.quartier.delivery.application.tour;

import io.quartier.delivery.domain.model.tour.TourPlan;
import io.quartier.delivery.domain.model.tour.TourProblem;
import java.time.Duration;

/** A solver of pickup-and-delivery problems with time windows (port; {@code JspritTourPlanner}). */
public interface TourPlanner {

    /**
     * The best plan found within about {@code budget}; every route keeps the problem's rules. {@code start}, when
     * given, is a plan keeping the rules to improve on; without it the solver builds its own first.
     */
    TourPlan plan(TourProblem problem, TourPlan start, Duration budget);
}
