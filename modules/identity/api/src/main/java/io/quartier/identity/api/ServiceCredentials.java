package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A service asking for its own token: its name and the secret the platform gave it (client credentials). */
public record ServiceCredentials(@NotBlank @Pattern(regexp = "[a-z][a-z-]{0,39}") String service,
                                 @NotBlank @Size(max = 200) String secret) {

    /** Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner). */
    public ServiceCredentials(String service, String secret) {
        this.service = service;
        this.secret = secret;
    }

    @Override
    public String toString() {
        return "ServiceCredentials[" + service + "]";
    }
}
