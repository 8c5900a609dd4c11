package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A token from a mailed link (address verification). */
public record TokenRequest(@NotBlank @Size(max = 100) String token) {

    /** Explicit, so that the constraints stay on the field and accessor (see {@link Credentials}). */
    public TokenRequest(String token) {
        this.token = token;
    }
}
