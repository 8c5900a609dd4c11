package io.quartier.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer signing up. */
public record NewCustomer(@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-zA-Z0-9._@-]+") String username,
                          @NotBlank @Size(min = 8, max = 200) String password,
                          @NotBlank @Size(max = 120) String displayName,
                          @NotBlank @Email @Size(max = 200) String email,
                          @Pattern(regexp = "en|fr|es|de|ar") String locale,
                          @Size(max = 300) String deliveryAddress) {

    @Override
    public String toString() {
        return "NewCustomer[" + username + "]";
    }
}
