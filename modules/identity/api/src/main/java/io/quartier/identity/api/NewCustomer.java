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

    /** Explicit, so that the constraints stay on the fields and accessors: Payara's OpenAPI scanner fails
     * (NullPointerException) on a constraint it finds on a constructor parameter. */
    public NewCustomer(String username, String password, String displayName, String email, String locale, String deliveryAddress) {
        this.username = username;
        this.password = password;
        this.displayName = displayName;
        this.email = email;
        this.locale = locale;
        this.deliveryAddress = deliveryAddress;
    }


    @Override
    public String toString() {
        return "NewCustomer[" + username + "]";
    }
}
