package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A login attempt. */
public record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {

    /** Explicit, so that the constraints stay on the fields and accessors: Payara's OpenAPI scanner fails
     * (NullPointerException) on a constraint it finds on a constructor parameter. */
    public Credentials(String username, String password) {
        this.username = username;
        this.password = password;
    }


    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
