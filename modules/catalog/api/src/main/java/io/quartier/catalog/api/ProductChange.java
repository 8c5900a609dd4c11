package io.quartier.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/**
 * A merchant's change to a product's price or stock; absent fields stay as they are. {@code available=false}
 * "86"s the product, until {@code unavailableUntil} when given; {@code stockQuantity} applies to products that
 * track stock (set it to start tracking). A negative price or quantity is refused by the service with a
 * translated problem code, so the constraints here are only the outer bounds.
 */
public record ProductChange(@Max(100_000_000L) Long priceMinor,
                            Boolean available,
                            Instant unavailableUntil,
                            @Min(-1_000_000) @Max(1_000_000) Integer stockQuantity) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    public ProductChange(Long priceMinor, Boolean available, Instant unavailableUntil, Integer stockQuantity) {
        this.priceMinor = priceMinor;
        this.available = available;
        this.unavailableUntil = unavailableUntil;
        this.stockQuantity = stockQuantity;
    }
}
