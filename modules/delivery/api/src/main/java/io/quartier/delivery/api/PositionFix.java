package io.quartier.delivery.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Where the courier's phone says it is, in decimal degrees (WGS 84), with its accuracy in metres when the phone
 * gives one. Numbers only: the service refuses a missing, NaN or out-of-range value.
 */
public record PositionFix(Double latitude, Double longitude, Double accuracy) {

    @JsonbCreator
    public PositionFix(@JsonbProperty("latitude") Double latitude, @JsonbProperty("longitude") Double longitude,
                       @JsonbProperty("accuracy") Double accuracy) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracy = accuracy;
    }
}
