package io.quartier.payment.application;

/** A hold became due for capture, in the transaction under way: it is to be captured once that commits. */
public record CaptureDue(long authorizationId) {
}
