package io.quartier.ordering.api;

/**
 * Where an order is in its life. PENDING while checkout takes its steps (stock, payment); then PLACED, or FAILED
 * when a step refused (nothing is kept); an order for a later slot is SCHEDULED (paid, its stock and kitchen place
 * held) until it is released to its merchant, in time for the kitchen, and is then PLACED. A placed order is ACCEPTED or REJECTED by its merchant (or rejected by the
 * platform when the acceptance deadline passes), or CANCELLED by its customer before acceptance; an accepted one goes
 * IN_PREPARATION and is READY for pickup (the kitchen says so; a courier may pick up an order the kitchen has not
 * marked, which then was ready), then PICKED_UP, then DELIVERED, or DELIVERY_FAILED when its courier could not
 * deliver it (the customer absent, the address not found, the place unsafe, the order damaged): nothing is charged.
 */
public enum OrderStatus {
    PENDING, SCHEDULED, PLACED, ACCEPTED, IN_PREPARATION, READY, PICKED_UP, DELIVERED, REJECTED, CANCELLED, FAILED,
    DELIVERY_FAILED;

    /** Whether the order's life is over. */
    public boolean isFinal() {
        return this == DELIVERED || this == REJECTED || this == CANCELLED || this == FAILED
                || this == DELIVERY_FAILED;
    }
}
