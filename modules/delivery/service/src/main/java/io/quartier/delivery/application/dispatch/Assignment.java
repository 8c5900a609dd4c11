package io.quartier.delivery.application.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * Jobs given to one courier by a cycle, with the stops in order, their expected times and the meters to ride
 * from where the courier is. {@code late} is set only on a single job that cannot be on time whoever takes it.
 */
public record Assignment(long courierId, List<Long> jobIds, List<PlannedStop> stops, double meters, boolean late) {

    public Assignment {
        jobIds = List.copyOf(jobIds);
        stops = List.copyOf(stops);
    }

    /** Collecting or dropping a job, expected at {@code eta}. */
    public record PlannedStop(long jobId, boolean pickup, Instant eta) {
    }
}
