package io.quartier.ordering.api;

/** The names under which other contexts keep what they hold for an order: one place, so both sides agree. */
public final class OrderReferences {

    private OrderReferences() {
    }

    /** The catalog stock reservation of an order. */
    public static String stockReservation(long orderId) {
        return "order-" + orderId;
    }

    /** The order a stock reservation was made for, if it was made by ordering. */
    public static java.util.OptionalLong orderOfStockReservation(String reference) {
        if (reference == null || !reference.startsWith("order-")) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(reference.substring("order-".length())));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** The order as payment knows it (an authorization's order reference). */
    public static String payment(long orderId) {
        return String.valueOf(orderId);
    }

    /** The idempotency key of the one payment authorization an order gets. */
    public static String paymentIdempotencyKey(long orderId) {
        return "order:" + orderId;
    }

    /** A multi-store order (a group of orders) as payment knows it: its one authorization's order reference. */
    public static String groupPayment(long groupId) {
        return "group-" + groupId;
    }

    /** The group a payment order reference names, if it names one. */
    public static java.util.OptionalLong groupOfPayment(String reference) {
        if (reference == null || !reference.startsWith("group-")) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(reference.substring("group-".length())));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** The idempotency key of the one payment authorization a multi-store order gets. */
    public static String groupPaymentIdempotencyKey(long groupId) {
        return "group:" + groupId;
    }
}
