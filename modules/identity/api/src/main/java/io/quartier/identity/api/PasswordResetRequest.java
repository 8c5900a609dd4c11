package io.quartier.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A forgotten password: the address to send the reset link to, if it has an account. */
public record PasswordResetRequest(@NotBlank @Email @Size(max = 200) String email) {

    /** Explicit, so that the constraints stay on the field and accessor (see {@link Credentials}). */
    public PasswordResetRequest(String email) {
        this.email = email;
    }
}
