package io.quartier.ordering.api;

/**
 * What another context may do with what it still holds for an order whose OrderPlaced it has not seen (stock, a
 * payment hold): keep it, wait, or give it back.
 */
public enum OrderStanding {
    /**
     * Placed and not given up: what is held belongs to the order (also when its delivery failed: its stock left the
     * store with the courier; its payment hold is released by OrderDeliveryFailed).
     */
    STANDS,
    /** Its checkout has not finished: ordering decides (its recovery places the order or gives it up). */
    PENDING,
    /** Never existed, failed, rejected or cancelled: what is held is to be given back. */
    GONE;

    public static OrderStanding of(OrderStatus status) {
        return switch (status) {
            case PENDING -> PENDING;
            case FAILED, REJECTED, CANCELLED -> GONE;
            case SCHEDULED, PLACED, ACCEPTED, IN_PREPARATION, READY, PICKED_UP, DELIVERED,
                 DELIVERY_FAILED -> STANDS;
        };
    }
}
