package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer's name as shown, and the language of their pages and mails. */
public record ProfileChange(@NotBlank @Size(max = 120) String displayName,
                            @NotNull @Pattern(regexp = "en|fr|es|de|ar") String locale) {

    /** Explicit, so that the constraints stay on the fields and accessors (see {@link Credentials}). */
    public ProfileChange(String displayName, String locale) {
        this.displayName = displayName;
        this.locale = locale;
    }
}
