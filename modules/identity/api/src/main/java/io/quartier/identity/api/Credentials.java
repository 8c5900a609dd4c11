package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login attempt. */
public record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
