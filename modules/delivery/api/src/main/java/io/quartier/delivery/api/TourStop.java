package io.quartier.delivery.api;

import java.time.Instant;

/**
 * One stop of a courier's tour. {@code kind} is PICKUP (at the store {@code name}) or DROPOFF (at the customer's
 * door; a multi-store order, {@code groupId} not null, has one drop-off for all its parts, named by its first part's
 * job and order). The coordinates are null when unknown; {@code expectedArrival} is when the courier should get there
 * and {@code late} whether a drop-off is expected after the time promised at the door.
 */
public record TourStop(long jobId, long orderId, Long groupId, String kind, String name, String address,
                       Double latitude, Double longitude, Instant expectedArrival, boolean late) {
}
