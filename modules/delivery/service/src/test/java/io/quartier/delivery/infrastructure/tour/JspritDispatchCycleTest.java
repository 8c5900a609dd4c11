package io.quartier.delivery.infrastructure.tour;

import io.quartier.delivery.application.dispatch.DispatchCycleTest;
import io.quartier.delivery.application.tour.TourPlanner;
import java.time.Duration;

/** The same dispatch rules with jsprit planning the tours. */
class JspritDispatchCycleTest extends DispatchCycleTest {

    @Override
    protected TourPlanner solver() {
        return new JspritTourPlanner(1);
    }

    @Override
    protected Duration budget() {
        return Duration.ofMillis(300);
    }
}
