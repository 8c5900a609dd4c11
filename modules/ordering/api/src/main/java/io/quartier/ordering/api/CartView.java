package io.quartier.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A customer's basket as ordering keeps it between visits and devices: its lines, in the order they were added, and
 * when it last changed (null for a basket never kept). Sent whole to replace it.
 */
public record CartView(@NotNull @Size(max = CartView.MAX_LINES) List<@Valid @NotNull CartLine> lines, Instant updatedAt) {

    /** At most this many lines in one basket. */
    public static final int MAX_LINES = 50;

    /** Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner). */
    public CartView(List<CartLine> lines, Instant updatedAt) {
        this.lines = lines;
        this.updatedAt = updatedAt;
    }
}
