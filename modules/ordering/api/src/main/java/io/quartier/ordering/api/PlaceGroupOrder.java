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
 * One basket with products of several stores, ordered at once: one order per store ({@code parts}, each store once),
 * one payment, one delivery place, one delivery fee and one tip ({@code tipMinor}, as in {@link PlaceOrder}). Prices
 * come from the catalog, as for {@link PlaceOrder}. {@code scheduledFor} is the start of a slot every store of the order
 * offers (each store's {@code /slots}), for an order served later; null for as soon as possible.
 * <p>
 * Each part gets its own store's automatic discounts, as one store's order would. {@code couponCode} (null: none) is
 * tried on the parts in the order given and applied to the first part it applies to, once for the whole order; a
 * coupon that applies to no part refuses the order, as for one store's. {@code expectedTotalMinor}, when sent, is the
 * total the customer was shown: an order that would now cost another amount is refused, nothing placed, as for
 * {@link PlaceOrder}.
 */
public record PlaceGroupOrder(@NotNull @Size(min = 1, max = PlaceGroupOrder.MAX_STORES) List<@NotNull @Valid Part> parts,
                              @Positive long paymentMethodId,
                              @NotBlank @Size(max = 300) String deliveryAddress,
                              Double latitude, Double longitude, Long tipMinor, Instant scheduledFor,
                              @Size(max = PlaceOrder.MAX_COUPON_LENGTH) String couponCode, Long expectedTotalMinor) {

    /** The most stores one basket may order from at once. */
    public static final int MAX_STORES = 5;

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    @JsonbCreator
    public PlaceGroupOrder(@JsonbProperty("parts") List<Part> parts,
                           @JsonbProperty("paymentMethodId") long paymentMethodId,
                           @JsonbProperty("deliveryAddress") String deliveryAddress,
                           @JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude,
                           @JsonbProperty("tipMinor") Long tipMinor,
                           @JsonbProperty("scheduledFor") Instant scheduledFor,
                           @JsonbProperty("couponCode") String couponCode,
                           @JsonbProperty("expectedTotalMinor") Long expectedTotalMinor) {
        this.parts = parts;
        this.paymentMethodId = paymentMethodId;
        this.deliveryAddress = deliveryAddress;
        this.latitude = latitude;
        this.longitude = longitude;
        this.tipMinor = tipMinor;
        this.scheduledFor = scheduledFor;
        this.couponCode = couponCode;
        this.expectedTotalMinor = expectedTotalMinor;
    }

    /** An order whose total the customer was not shown (or that need not match it). */
    public PlaceGroupOrder(List<Part> parts, long paymentMethodId, String deliveryAddress, Double latitude,
                           Double longitude, Long tipMinor, Instant scheduledFor, String couponCode) {
        this(parts, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor, scheduledFor, couponCode, null);
    }

    /** The same order, refused unless it costs {@code totalMinor}, the total the customer was shown. */
    public PlaceGroupOrder expecting(long totalMinor) {
        return new PlaceGroupOrder(parts, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor, scheduledFor,
                couponCode, totalMinor);
    }

    /** An order without a coupon. */
    public PlaceGroupOrder(List<Part> parts, long paymentMethodId, String deliveryAddress, Double latitude,
                           Double longitude, Long tipMinor, Instant scheduledFor) {
        this(parts, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor, scheduledFor, null);
    }

    /** An order for as soon as possible. */
    public PlaceGroupOrder(List<Part> parts, long paymentMethodId, String deliveryAddress, Double latitude,
                           Double longitude, Long tipMinor) {
        this(parts, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor, null);
    }

    /** What is ordered from one store. */
    public record Part(@Positive long storeId, @NotEmpty @Size(max = 100) List<PlaceOrder.@NotNull @Valid Line> lines) {

        /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
        @JsonbCreator
        public Part(@JsonbProperty("storeId") long storeId, @JsonbProperty("lines") List<PlaceOrder.Line> lines) {
            this.storeId = storeId;
            this.lines = lines;
        }
    }
}
