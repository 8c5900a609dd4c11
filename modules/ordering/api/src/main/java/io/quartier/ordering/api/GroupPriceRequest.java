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
 * every store must offer.
 */
public record GroupPriceRequest(@NotNull @Size(min = 1, max = PlaceGroupOrder.MAX_STORES)
                                List<PlaceGroupOrder.@NotNull @Valid Part> parts,
                                Double latitude, Double longitude, Long tipMinor, Instant scheduledFor) {

    /** Explicit, so the constraints stay off constructor parameters (Payara's OpenAPI scanner fails on them). */
    @JsonbCreator
    public GroupPriceRequest(@JsonbProperty("parts") List<PlaceGroupOrder.Part> parts,
                             @JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude,
                             @JsonbProperty("tipMinor") Long tipMinor,
                             @JsonbProperty("scheduledFor") Instant scheduledFor) {
        this.parts = parts;
        this.latitude = latitude;
        this.longitude = longitude;
        this.tipMinor = tipMinor;
        this.scheduledFor = scheduledFor;
    }

    /** A basket for as soon as possible. */
    public GroupPriceRequest(List<PlaceGroupOrder.Part> parts, Double latitude, Double longitude, Long tipMinor) {
        this(parts, latitude, longitude, tipMinor, null);
    }
}
