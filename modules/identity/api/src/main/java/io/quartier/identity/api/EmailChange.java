package io.quartier.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new e-mail address for the account, asked for with the current password. */
public record EmailChange(@NotBlank @Email @Size(max = 200) String email,
                          @NotBlank @Size(max = 200) String currentPassword) {

    /** Explicit, so that the constraints stay on the fields and accessors (see {@link Credentials}). */
    public EmailChange(String email, String currentPassword) {
        this.email = email;
        this.currentPassword = currentPassword;
    }

    @Override
    public String toString() {
        return "EmailChange[" + email + "]";
    }
}
