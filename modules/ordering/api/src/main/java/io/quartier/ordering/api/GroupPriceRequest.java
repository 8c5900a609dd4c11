package io.quartier.ordering.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What a basket of several stores would cost if ordered now as one multi-store order: its parts (each store once), the
 * delivery place (both coordinates or neither) and the tip, as in {@link PlaceGroupOrder}, which it prices the same way
 * without placing anything; {@code scheduledFor} the slot it would be served in (null: as soon as possible), which
 * every store must offer; {@code couponCode} the coupon entered (null: none), tried on the parts in order and applied
 * to the first it applies to, as placing would.
 */
public record GroupPriceRequest(@NotNull @Size(min = 1, max = PlaceGroupOrder.MAX_STORES)
                                List<PlaceGroupOrder.@NotNull @Valid Part> parts,
                                Double latitude, Double longitude, Long tipMinor, Instant scheduledFor,
                                @Size(max = PlaceOrder.MAX_COUPON_LENGTH) String couponCode) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    @JsonbCreator
    public GroupPriceRequest(@JsonbProperty("parts") List<PlaceGroupOrder.Part> parts,
                             @JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude,
                             @JsonbProperty("tipMinor") Long tipMinor,
                             @JsonbProperty("scheduledFor") Instant scheduledFor,
                             @JsonbProperty("couponCode") String couponCode) {
        this.parts = parts;
        this.latitude = latitude;
        this.longitude = longitude;
        this.tipMinor = tipMinor;
        this.scheduledFor = scheduledFor;
        this.couponCode = couponCode;
    }

    /** A basket without a coupon. */
    public GroupPriceRequest(List<PlaceGroupOrder.Part> parts, Double latitude, Double longitude, Long tipMinor,
                             Instant scheduledFor) {
        this(parts, latitude, longitude, tipMinor, scheduledFor, null);
    }

    /** A basket for as soon as possible. */
    public GroupPriceRequest(List<PlaceGroupOrder.Part> parts, Double latitude, Double longitude, Long tipMinor) {
        this(parts, latitude, longitude, tipMinor, null);
    }
}
