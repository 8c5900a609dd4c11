package io.quartier.catalog.domain.model.stock;

/** HELD while its order is being placed, CONFIRMED once the order exists, RELEASED when the stock went back. */
public enum ReservationStatus {
    HELD, CONFIRMED, RELEASED
}
