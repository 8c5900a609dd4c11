package io.quartier.ordering.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A customer's rating of a delivered order: the store's stars (1 to 5), the courier's when one delivered it, comments. */
public record RatingRequest(@NotNull @Min(1) @Max(5) Integer storeStars, @Size(max = 1000) String storeComment,
                            @Min(1) @Max(5) Integer courierStars, @Size(max = 1000) String courierComment) {

    /** Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner). */
    public RatingRequest(Integer storeStars, String storeComment, Integer courierStars, String courierComment) {
        this.storeStars = storeStars;
        this.storeComment = storeComment;
        this.courierStars = courierStars;
        this.courierComment = courierComment;
    }
}
