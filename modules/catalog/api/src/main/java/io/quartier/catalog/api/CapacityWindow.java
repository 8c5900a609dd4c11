package io.quartier.catalog.api;

import java.time.Instant;

/**
 * A store's kitchen over one 15-minute window: from {@code start} (a quarter hour on the store's clock) to
 * {@code end}, 15 minutes later. {@code max} and {@code free} are null when the store sets no limit; {@code free}
 * is never below zero.
 */
public record CapacityWindow(Instant start, Instant end, Integer max, int used, Integer free) {
}
