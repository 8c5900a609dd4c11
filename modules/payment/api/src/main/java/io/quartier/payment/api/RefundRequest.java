package io.quartier.payment.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Support gives money back on a captured order: everything not yet refunded ({@code full}), or amounts of the items,
 * the delivery fee and the tip, and whole units of its lines ({@code line}: the line's position in the order, 0
 * first), all VAT included, in the order's currency's minor units. {@code fault} (MERCHANT, COURIER, PLATFORM,
 * CUSTOMER) says who gives it back.
 */
public record RefundRequest(@Positive long orderId,
                            @NotNull @Pattern(regexp = "MERCHANT|COURIER|PLATFORM|CUSTOMER") String fault,
                            boolean full,
                            @PositiveOrZero @Max(AuthorizationRequest.MAX_AMOUNT_MINOR) long itemsMinor,
                            @PositiveOrZero @Max(AuthorizationRequest.MAX_AMOUNT_MINOR) long deliveryFeeMinor,
                            @PositiveOrZero @Max(AuthorizationRequest.MAX_AMOUNT_MINOR) long tipMinor,
                            @Size(max = 100) List<@NotNull @Valid Line> lines,
                            @Size(max = 500) String reason) {

    /**
     * Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner fails on a
     * constraint it finds on a constructor parameter); missing lists arrive empty.
     */
    @JsonbCreator
    public RefundRequest(@JsonbProperty("orderId") long orderId, @JsonbProperty("fault") String fault,
                         @JsonbProperty("full") boolean full, @JsonbProperty("itemsMinor") long itemsMinor,
                         @JsonbProperty("deliveryFeeMinor") long deliveryFeeMinor,
                         @JsonbProperty("tipMinor") long tipMinor, @JsonbProperty("lines") List<Line> lines,
                         @JsonbProperty("reason") String reason) {
        this.orderId = orderId;
        this.fault = fault;
        this.full = full;
        this.itemsMinor = itemsMinor;
        this.deliveryFeeMinor = deliveryFeeMinor;
        this.tipMinor = tipMinor;
        this.lines = lines == null ? List.of() : List.copyOf(lines);
        this.reason = reason;
    }

    /** Units of one of the order's lines given back. */
    public record Line(@PositiveOrZero @Max(1000) int line, @Positive @Max(1000) int quantity) {

        /** Explicit, for the same reason as the request's. */
        @JsonbCreator
        public Line(@JsonbProperty("line") int line, @JsonbProperty("quantity") int quantity) {
            this.line = line;
            this.quantity = quantity;
        }
    }
}
