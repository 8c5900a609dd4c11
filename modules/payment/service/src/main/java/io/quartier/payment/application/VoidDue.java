package io.quartier.payment.application;

/** A hold became due for void, in the transaction under way: it is to be released at the gateway once that commits. */
public record VoidDue(long authorizationId) {
}
