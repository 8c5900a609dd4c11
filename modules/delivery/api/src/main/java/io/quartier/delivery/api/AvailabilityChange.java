package io.quartier.delivery.api;

/** A courier going ONLINE, ON_BREAK or OFFLINE. */
public record AvailabilityChange(String availability) {
}
