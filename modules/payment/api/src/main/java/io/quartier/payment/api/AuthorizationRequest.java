package io.quartier.payment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Asks to hold an amount for an order. {@code orderReference} is the ordering context's id for it. */
public record AuthorizationRequest(@NotBlank @Size(max = 64) String orderReference,
                                   @Positive long paymentMethodId,
                                   @Positive long amountMinor,
                                   @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {

    /** Explicit, so that the constraints stay on the fields and accessors: Payara's OpenAPI scanner fails
     * (NullPointerException) on a constraint it finds on a constructor parameter. */
    public AuthorizationRequest(String orderReference, long paymentMethodId, long amountMinor, String currency) {
        this.orderReference = orderReference;
        this.paymentMethodId = paymentMethodId;
        this.amountMinor = amountMinor;
        this.currency = currency;
    }

}
