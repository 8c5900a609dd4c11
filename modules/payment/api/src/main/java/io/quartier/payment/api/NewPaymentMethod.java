package io.quartier.payment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A card to save, by the token the gateway's own form gave for it (never a card number): payment asks the gateway
 * what card it is. {@code preferred} makes it the default method.
 */
public record NewPaymentMethod(@NotBlank @Size(max = 200) String token, boolean preferred) {

    /** Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner). */
    public NewPaymentMethod(String token, boolean preferred) {
        this.token = token;
        this.preferred = preferred;
    }
}
