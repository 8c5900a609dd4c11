package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, chosen with the token of a mailed reset link. */
public record NewPassword(@NotBlank @Size(max = 100) String token, @NotBlank @Size(min = 8, max = 200) String password) {

    /** Explicit, so that the constraints stay on the fields and accessors (see {@link Credentials}). */
    public NewPassword(String token, String password) {
        this.token = token;
        this.password = password;
    }

    @Override
    public String toString() {
        return "NewPassword[]";
    }
}
