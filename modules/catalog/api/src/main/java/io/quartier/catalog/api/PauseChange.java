package io.quartier.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** "Busy mode": no orders for so many minutes, then the store opens again by itself. */
public record PauseChange(@Min(1) @Max(1440) int minutes) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    public PauseChange(int minutes) {
        this.minutes = minutes;
    }
}
