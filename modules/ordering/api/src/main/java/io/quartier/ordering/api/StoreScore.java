package io.quartier.ordering.api;

/** A store's average stars (one decimal) over {@code count} ratings. */
public record StoreScore(long storeId, double average, long count) {
}
