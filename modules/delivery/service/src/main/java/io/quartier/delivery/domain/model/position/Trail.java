package io.quartier.delivery.domain.model.position;

import java.time.Duration;

/**
 * Which positions the trail keeps for disputes: the first, then one whenever the courier moved far enough or enough
 * time passed since the last kept one. The live position changes on every report; the database only on these.
 */
public final class Trail {

    private final Duration every;
    private final double meters;

    public Trail(Duration every, double meters) {
        this.every = every;
        this.meters = meters;
    }

    /** Whether {@code next} goes into the trail, {@code lastKept} being the last one that did (or null). */
    public boolean keeps(PositionReport lastKept, PositionReport next) {
        if (lastKept == null) {
            return true;
        }
        return !Duration.between(lastKept.at(), next.at()).minus(every).isNegative()
                || lastKept.point().metersTo(next.point()) >= meters;
    }
}
