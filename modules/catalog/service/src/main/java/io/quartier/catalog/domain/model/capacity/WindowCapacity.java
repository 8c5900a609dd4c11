package io.quartier.catalog.domain.model.capacity;

import java.util.Objects;

/**
 * One window of a store's kitchen: its limit ({@code max}, null for none) and the orders counted in it. The count
 * may pass the limit (orders placed at the same moment are all let through, and a limit may be lowered), so what
 * is free never goes below zero.
 */
public record WindowCapacity(KitchenWindow window, Integer max, int used) {

    public WindowCapacity {
        Objects.requireNonNull(window);
    }

    /** How many more orders the window takes; null when there is no limit. */
    public Integer free() {
        return max == null ? null : Math.max(0, max - used);
    }
}
