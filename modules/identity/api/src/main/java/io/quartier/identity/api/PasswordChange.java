package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, chosen with the current one. */
public record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
                             @NotBlank @Size(min = 8, max = 200) String newPassword) {

    /** Explicit, so that the constraints stay on the fields and accessors (see {@link Credentials}). */
    public PasswordChange(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }

    @Override
    public String toString() {
        return "PasswordChange[]";
    }
}
