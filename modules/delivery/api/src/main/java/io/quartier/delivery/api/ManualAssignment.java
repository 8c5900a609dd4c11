package io.quartier.delivery.api;

/** An admin gives a job to a courier by hand. */
public record ManualAssignment(long courierId) {
}
