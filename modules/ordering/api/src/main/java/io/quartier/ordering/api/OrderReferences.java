package io.quartier.ordering.api;

/** The names under which other contexts keep what they hold for an order: one place, so both sides agree. */
public final class OrderReferences {

    private OrderReferences() {
    }

    /** The catalog stock reservation of an order. */
    public static String stockReservation(long orderId) {
        return "order-" + orderId;
    }

    /** The order as payment knows it (an authorization's order reference). */
    public static String payment(long orderId) {
        return String.valueOf(orderId);
    }

    /** The idempotency key of the one payment authorization an order gets. */
    public static String paymentIdempotencyKey(long orderId) {
        return "order:" + orderId;
    }
}
