package io.quartier.ordering.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The merchant accepts an order, saying how many minutes the kitchen needs to have it ready (1 to 180). */
public record Acceptance(@NotNull @Min(1) @Max(180) Integer preparationMinutes) {

    /** Explicit, so that the constraints stay on the field and accessor (Payara's OpenAPI scanner). */
    public Acceptance(Integer preparationMinutes) {
        this.preparationMinutes = preparationMinutes;
    }
}
