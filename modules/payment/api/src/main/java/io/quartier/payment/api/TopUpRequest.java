package io.quartier.payment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** Brings {@code amountMinor} of {@code currency} into the caller's Quartier wallet from one of its saved cards. */
public record TopUpRequest(@Positive long paymentMethodId, @Positive long amountMinor,
                           @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {

    /** Explicit, so that the constraints stay on the fields and accessors (Payara's OpenAPI scanner). */
    public TopUpRequest(long paymentMethodId, long amountMinor, String currency) {
        this.paymentMethodId = paymentMethodId;
        this.amountMinor = amountMinor;
        this.currency = currency;
    }
}
