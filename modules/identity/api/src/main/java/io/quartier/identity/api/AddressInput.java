package io.quartier.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A delivery address as its customer writes it: a label ("Home"), the address line, and whether it is the default. */
public record AddressInput(@NotBlank @Size(max = 40) String label, @NotBlank @Size(max = 300) String line,
                           boolean defaultAddress) {

    /** Explicit, so that the constraints stay on the fields and accessors (see {@link Credentials}). */
    public AddressInput(String label, String line, boolean defaultAddress) {
        this.label = label;
        this.line = line;
        this.defaultAddress = defaultAddress;
    }
}
