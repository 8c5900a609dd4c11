package io.quartier.ordering.api;

/** Where an order is in its life. */
public enum OrderStatus {
    PLACED, ACCEPTED, PICKED_UP, DELIVERED, CANCELLED
}
