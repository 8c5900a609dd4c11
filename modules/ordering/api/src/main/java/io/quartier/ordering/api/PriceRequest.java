package io.quartier.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a basket would cost if ordered now: the store, the lines, the delivery place (both coordinates or neither) and
 * the tip, as in {@link PlaceOrder}, which it prices the same way without placing anything.
 */
public record PriceRequest(@Positive long storeId,
                           @NotEmpty @Size(max = 100) List<PlaceOrder.@NotNull @Valid Line> lines,
                           Double latitude, Double longitude, Long tipMinor) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    public PriceRequest(long storeId, List<PlaceOrder.Line> lines, Double latitude, Double longitude, Long tipMinor) {
        this.storeId = storeId;
        this.lines = lines;
        this.latitude = latitude;
        this.longitude = longitude;
        this.tipMinor = tipMinor;
    }
}
