package io.quartier.ordering.api;

/**
 * Where an order is in its life. PENDING while checkout takes its steps (stock, payment); then PLACED, or FAILED
 * when a step refused (nothing is kept). A placed order is ACCEPTED or REJECTED by its merchant (or rejected by the
 * platform when the acceptance deadline passes), or CANCELLED by its customer before acceptance; an accepted one is
 * PICKED_UP, then DELIVERED.
 */
public enum OrderStatus {
    PENDING, PLACED, ACCEPTED, PICKED_UP, DELIVERED, REJECTED, CANCELLED, FAILED;

    /** Whether the order's life is over. */
    public boolean isFinal() {
        return this == DELIVERED || this == REJECTED || this == CANCELLED || this == FAILED;
    }
}
