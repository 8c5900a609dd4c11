package io.quartier.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Holds stock for an order being placed, on behalf of {@code customerId}; only the platform's services may ask.
 * For an order, it also takes a place in the store's kitchen window the order is served in ({@code servedIn}, any
 * instant of it; null for the current one) when the store limits its orders per window: all or nothing.
 * {@code reference} is the caller's id for it (ordering's {@code OrderReferences.stockReservation}); reserving the
 * same reference again returns the first reservation and takes nothing more.
 */
public record StockReservation(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String reference,
                               @Positive long customerId,
                               @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines, Instant servedIn) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    public StockReservation(String reference, long customerId, List<Line> lines, Instant servedIn) {
        this.reference = reference;
        this.customerId = customerId;
        this.lines = lines;
        this.servedIn = servedIn;
    }

    /** A product and how many of it to hold. */
    public record Line(@Positive long productId, @Positive @Max(999) int quantity) {

        public Line(long productId, int quantity) {
            this.productId = productId;
            this.quantity = quantity;
        }
    }
}
