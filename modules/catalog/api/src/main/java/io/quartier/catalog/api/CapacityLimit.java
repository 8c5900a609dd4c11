package io.quartier.catalog.api;

/** The most orders a store takes per 15-minute window, 1 to 1000; null for no limit. */
public record CapacityLimit(Integer maxOrdersPerWindow) {
}
