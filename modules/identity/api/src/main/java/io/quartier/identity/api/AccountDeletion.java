package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The owner's confirmation, with their password, that their account is to be deleted. */
public record AccountDeletion(@NotBlank @Size(max = 200) String password) {

    /** Explicit, so that the constraints stay on the field and accessor (see {@link Credentials}). */
    public AccountDeletion(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "AccountDeletion[]";
    }
}
