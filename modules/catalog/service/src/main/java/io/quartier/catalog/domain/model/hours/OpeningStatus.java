package io.quartier.catalog.domain.model.hours;

/**
 * Whether a store takes orders at an instant and, when it doesn't, why. The most lasting reason wins: a closure
 * day before the weekly hours, the weekly hours before a pause. Labels: {@code enum.OpeningStatus.<NAME>}.
 */
public enum OpeningStatus {
    /** Within its weekly hours, on a normal day, not paused. */
    OPEN,
    /** Outside its weekly hours. */
    CLOSED,
    /** Within its weekly hours but paused by the merchant (too busy) for a while. */
    PAUSED,
    /** On a day of one of its closures (holiday, works), whatever the weekly hours say. */
    CLOSED_EXCEPTIONALLY
}
