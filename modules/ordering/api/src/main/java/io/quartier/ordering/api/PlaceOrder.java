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
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A customer's order from one store. Prices are not sent: ordering takes them from the catalog, and the delivery fee
 * from the catalog's quote for the store and the delivery place ({@code latitude}, {@code longitude} in decimal
 * degrees, both or neither). Without a place (clients from before fees were charged) the store's base fee is
 * charged and the radius is not checked. {@code tipMinor} is an optional tip for the courier in the store's
 * currency's minor units, 0 to {@link #maxTipMinor(String)}. {@code scheduledFor} is the start of a slot the store
 * offers (its {@code /slots}) for an order served later; null for as soon as possible. {@code expectedTotalMinor},
 * when sent, is the total the customer was shown: an order that would now cost another amount (a price, a fee or a
 * discount changed meanwhile) is refused, nothing placed, rather than charged what the customer did not see.
 */
public record PlaceOrder(@Positive long storeId,
                         @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
                         @Positive long paymentMethodId,
                         @NotBlank @Size(max = 300) String deliveryAddress,
                         Double latitude, Double longitude, Long tipMinor, Instant scheduledFor,
                         @Size(max = PlaceOrder.MAX_COUPON_LENGTH) String couponCode, Long expectedTotalMinor) {

    /** Where 100 of the currency is too little to be the most a tip may be: the most in whole units. */
    private static final Map<String, Long> MAX_TIP_UNITS = Map.of("MAD", 1_000L, "SEK", 1_000L, "NOK", 1_000L,
            "DKK", 1_000L, "PLN", 400L, "CZK", 2_500L, "JPY", 15_000L, "TND", 300L);

    /**
     * The largest tip a customer may give, in the currency's minor units, so a slip cannot cost a fortune: about a
     * hundred euros' worth (100.00 euros, pounds or francs, 1,000.00 dirhams), whatever the currency's decimals.
     *
     * @throws IllegalArgumentException for a code that is not an ISO 4217 currency
     */
    public static long maxTipMinor(String currency) {
        Currency unit = Currency.getInstance(currency);
        long most = MAX_TIP_UNITS.getOrDefault(unit.getCurrencyCode(), 100L);
        return most * (long) Math.pow(10, Math.max(0, unit.getDefaultFractionDigits()));
    }

    /**
     * Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner fails with a
     * NullPointerException on a constraint it finds on a constructor parameter); marked for JSON-B, which needs
     * telling which constructor reads a record with several. Missing place, tip and slot arrive as null.
     */
    @JsonbCreator
    public PlaceOrder(@JsonbProperty("storeId") long storeId, @JsonbProperty("lines") List<Line> lines,
                      @JsonbProperty("paymentMethodId") long paymentMethodId,
                      @JsonbProperty("deliveryAddress") String deliveryAddress,
                      @JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude,
                      @JsonbProperty("tipMinor") Long tipMinor, @JsonbProperty("scheduledFor") Instant scheduledFor,
                      @JsonbProperty("couponCode") String couponCode,
                      @JsonbProperty("expectedTotalMinor") Long expectedTotalMinor) {
        this.storeId = storeId;
        this.lines = lines;
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
    public PlaceOrder(long storeId, List<Line> lines, long paymentMethodId, String deliveryAddress, Double latitude,
                      Double longitude, Long tipMinor, Instant scheduledFor, String couponCode) {
        this(storeId, lines, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor, scheduledFor, couponCode,
                null);
    }

    /** The same order, to be refused unless it costs {@code totalMinor}, the total the customer was shown. */
    public PlaceOrder expecting(long totalMinor) {
        return new PlaceOrder(storeId, lines, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor,
                scheduledFor, couponCode, totalMinor);
    }

    /** The longest coupon code ({@code couponCode}: the coupon the customer entered, null for none) one may enter. */
    public static final int MAX_COUPON_LENGTH = 40;

    /** An order without a coupon. */
    public PlaceOrder(long storeId, List<Line> lines, long paymentMethodId, String deliveryAddress, Double latitude,
                      Double longitude, Long tipMinor, Instant scheduledFor) {
        this(storeId, lines, paymentMethodId, deliveryAddress, latitude, longitude, tipMinor, scheduledFor, null, null);
    }

    /** An order without a delivery place's coordinates and without a tip, as clients before them send it. */
    public PlaceOrder(long storeId, List<Line> lines, long paymentMethodId, String deliveryAddress) {
        this(storeId, lines, paymentMethodId, deliveryAddress, null, null, null, null, null, null);
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
