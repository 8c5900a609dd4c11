package io.quartier.catalog.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The whole week of opening ranges, replacing the current one, or changing nothing when any range is wrong. */
public record WeekChange(@NotNull @Size(max = 50) List<OpeningHoursView.Range> week) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    public WeekChange(List<OpeningHoursView.Range> week) {
        this.week = week;
    }
}
