package io.quartier.payment.application;

/** A hold became due for capture; observed once its transaction committed, to capture it at once. */
record CaptureDue(long authorizationId) {
}
