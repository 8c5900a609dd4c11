package io.quartier.ordering.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What a basket would cost if ordered now: the store, the lines, the delivery place (both coordinates or neither) and
 * the tip, the coupon code entered (null: none) and the slot chosen ({@code scheduledFor}, null: as soon as possible,
 * which the store must offer), as in {@link PlaceOrder}, which it prices the same way without placing anything.
 */
public record PriceRequest(@Positive long storeId,
                           @NotEmpty @Size(max = 100) List<PlaceOrder.@NotNull @Valid Line> lines,
                           Double latitude, Double longitude, Long tipMinor,
                           @Size(max = PlaceOrder.MAX_COUPON_LENGTH) String couponCode, Instant scheduledFor) {

    /**
     * Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them); marked
     * for JSON-B, which needs telling which constructor reads a record with several.
     */
    @JsonbCreator
    public PriceRequest(@JsonbProperty("storeId") long storeId, @JsonbProperty("lines") List<PlaceOrder.Line> lines,
                        @JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude,
                        @JsonbProperty("tipMinor") Long tipMinor, @JsonbProperty("couponCode") String couponCode,
                        @JsonbProperty("scheduledFor") Instant scheduledFor) {
        this.storeId = storeId;
        this.lines = lines;
        this.latitude = latitude;
        this.longitude = longitude;
        this.tipMinor = tipMinor;
        this.couponCode = couponCode;
        this.scheduledFor = scheduledFor;
    }

    /** A basket for as soon as possible. */
    public PriceRequest(long storeId, List<PlaceOrder.Line> lines, Double latitude, Double longitude, Long tipMinor,
                        String couponCode) {
        this(storeId, lines, latitude, longitude, tipMinor, couponCode, null);
    }

    /** A basket without a coupon. */
    public PriceRequest(long storeId, List<PlaceOrder.Line> lines, Double latitude, Double longitude, Long tipMinor) {
        this(storeId, lines, latitude, longitude, tipMinor, null, null);
    }
}
