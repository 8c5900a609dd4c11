package io.quartier.delivery.application.dispatch;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.time.Instant;

/**
 * A job no courier has yet: collect at {@code pickup} once the order is ready ({@code readyAt}), drop at
 * {@code dropoff} by the time promised to the customer ({@code deadline}); {@code bags} of room it takes.
 */
public record WaitingJob(long jobId, GeoPoint pickup, GeoPoint dropoff, Instant readyAt, Instant deadline, int bags) {

    public WaitingJob {
        if (bags < 1) {
            throw new IllegalArgumentException("job " + jobId + " takes " + bags + " bags");
        }
    }
}
