package io.quartier.catalog.api;

/** A stock reservation and where it stands: HELD, CONFIRMED (its order exists) or RELEASED. */
public record ReservationView(String reference, String status) {
}
