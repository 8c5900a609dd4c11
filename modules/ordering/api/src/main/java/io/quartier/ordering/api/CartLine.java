package io.quartier.ordering.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A line of a customer's kept basket: a product of a store, the options chosen (none: empty), how many. */
public record CartLine(@NotNull Long storeId, @NotNull Long productId, @Size(max = 20) List<@NotNull Long> optionIds,
                       @NotNull @Min(1) @Max(99) Integer quantity) {

    /** Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner). */
    public CartLine(Long storeId, Long productId, List<Long> optionIds, Integer quantity) {
        this.storeId = storeId;
        this.productId = productId;
        this.optionIds = optionIds;
        this.quantity = quantity;
    }
}
