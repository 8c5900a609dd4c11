package io.quartier.delivery.api;

/** A delivery job; {@code status} is OFFERED, PICKED_UP or DELIVERED. */
public record JobView(long id, long orderId, String status, String pickupName, String pickupAddress,
                      String dropoffAddress, Long courierId) {
}
