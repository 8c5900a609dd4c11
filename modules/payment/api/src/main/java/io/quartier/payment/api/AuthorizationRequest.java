package io.quartier.payment.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Asks to hold an amount on a customer's payment method for an order; only the platform's services may ask.
 * {@code orderReference} is the ordering context's id for it. The amount is bounded so that no sum of an order's
 * amounts can overflow. {@code authenticatedReference}, when given, is the reference of an earlier attempt of the same
 * checkout whose 3-D Secure challenge the customer answered: the gateway takes that answer for this attempt (same
 * card, amount and currency only). A refusal that needs the customer to pass a challenge is a 402
 * {@code problem.payment.authenticationRequired} whose {@code errors.challengeUrl} is the page to send the customer to.
 */
public record AuthorizationRequest(@NotBlank @Size(max = 64) String orderReference,
                                   @Positive long customerId,
                                   @Positive long paymentMethodId,
                                   @Positive @Max(MAX_AMOUNT_MINOR) long amountMinor,
                                   @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
                                   @Size(max = 64) String authenticatedReference) {

    /** The largest amount one authorization may hold: 100 million units of the currency. */
    public static final long MAX_AMOUNT_MINOR = 10_000_000_000L;

    /** Explicit, so that the constraints stay on the fields and accessors: Payara's OpenAPI scanner fails
     * (NullPointerException) on a constraint it finds on a constructor parameter. */
    @JsonbCreator
    public AuthorizationRequest(String orderReference, long customerId, long paymentMethodId, long amountMinor,
                                String currency, String authenticatedReference) {
        this.orderReference = orderReference;
        this.customerId = customerId;
        this.paymentMethodId = paymentMethodId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.authenticatedReference = authenticatedReference;
    }

    /** A first attempt, with no challenge answered before. */
    public AuthorizationRequest(String orderReference, long customerId, long paymentMethodId, long amountMinor,
                                String currency) {
        this(orderReference, customerId, paymentMethodId, amountMinor, currency, null);
    }

}
