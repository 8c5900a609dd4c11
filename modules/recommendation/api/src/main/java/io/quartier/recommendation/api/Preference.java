package io.quartier.recommendation.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/** Suggestions on or off, for a customer or for a merchant's stores. */
public record Preference(boolean enabled) {

    @JsonbCreator
    public Preference(@JsonbProperty("enabled") boolean enabled) {
        this.enabled = enabled;
    }
}
