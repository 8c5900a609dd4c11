package io.quartier.delivery.api;

import java.time.Instant;

/** A courier's last known position, for the dispatch board. */
public record CourierPosition(long courierId, String name, String availability, double latitude, double longitude,
                              Instant recordedAt) {
}
