package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token, to exchange for a new pair of tokens or to end its login. */
public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {

    /** Explicit, so that the constraints stay on the field and accessor (see {@link Credentials}). */
    public RefreshRequest(String refreshToken) {
        this.refreshToken = refreshToken;
    }
}
