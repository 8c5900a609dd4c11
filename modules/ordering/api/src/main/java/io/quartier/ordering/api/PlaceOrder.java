package io.quartier.ordering.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A customer's order from one store. Prices are not sent: ordering takes them from the catalog. {@code scheduledFor}
 * is the start of a slot the store offers (its {@code /slots}) for an order served later; null for as soon as
 * possible.
 */
public record PlaceOrder(@Positive long storeId,
                         @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
                         @Positive long paymentMethodId,
                         @NotBlank @Size(max = 300) String deliveryAddress,
                         Instant scheduledFor) {

    /** Explicit, so that the constraints stay on the fields and accessors: Payara's OpenAPI scanner fails
     * (NullPointerException) on a constraint it finds on a constructor parameter. Marked for JSON-B, which needs
     * telling which constructor reads a record with several. */
    @JsonbCreator
    public PlaceOrder(@JsonbProperty("storeId") long storeId, @JsonbProperty("lines") List<Line> lines,
                      @JsonbProperty("paymentMethodId") long paymentMethodId,
                      @JsonbProperty("deliveryAddress") String deliveryAddress,
                      @JsonbProperty("scheduledFor") Instant scheduledFor) {
        this.storeId = storeId;
        this.lines = lines;
        this.paymentMethodId = paymentMethodId;
        this.deliveryAddress = deliveryAddress;
        this.scheduledFor = scheduledFor;
    }

    /** An order for as soon as possible. */
    public PlaceOrder(long storeId, List<Line> lines, long paymentMethodId, String deliveryAddress) {
        this(storeId, lines, paymentMethodId, deliveryAddress, null);
    }

    /** A product, how many of it, and the options chosen for it (none when it has no option groups). */
    public record Line(@Positive long productId, @Positive @jakarta.validation.constraints.Max(99) int quantity,
                       @Size(max = 30) List<Long> optionIds) {

        /**
         * Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them);
         * marked for JSON-B, which needs telling which constructor reads a record with several.
         */
        @JsonbCreator
        public Line(@JsonbProperty("productId") long productId, @JsonbProperty("quantity") int quantity,
                    @JsonbProperty("optionIds") List<Long> optionIds) {
            this.productId = productId;
            this.quantity = quantity;
            this.optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        }

        /** A product without options. */
        public Line(long productId, int quantity) {
            this(productId, quantity, List.of());
        }
    }
}
