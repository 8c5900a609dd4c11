package io.quartier.delivery.api;

import java.time.Instant;
import java.util.List;

/**
 * The stops a courier still has to make for the jobs in its hands, in the order to drive them: the stores of the jobs
 * it has not picked up yet and the doors of all of them, from where it was last seen ({@code fromPosition} false when
 * delivery knows no position of it: the tour then starts at its first stop). {@code computedAt} is when the times
 * were estimated; {@code zone} is delivery's time zone, for showing them.
 */
public record CourierTour(Instant computedAt, String zone, boolean fromPosition, List<TourStop> stops) {
}
