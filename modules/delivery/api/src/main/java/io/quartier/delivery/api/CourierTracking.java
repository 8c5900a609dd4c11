package io.quartier.delivery.api;

import java.time.Instant;

/**
 * The courier of an order as its customer or merchant sees it while the courier is on the way: its last known
 * position ({@code recordedAt}), the job's {@code status} (ASSIGNED: heading to the store, PICKED_UP: heading to the
 * door) and the expected arrival at the door ({@code eta}), recomputed on each position. The drop-off point is given
 * so a map can show both ends; it is null when unknown.
 */
public record CourierTracking(long orderId, String status, String courierName, double latitude, double longitude,
                              Instant recordedAt, Instant eta, Double pickupLatitude, Double pickupLongitude,
                              Double dropoffLatitude, Double dropoffLongitude) {
}
