package io.quartier.kernel.event;

/** Addresses on the broker: one topic per publishing context, queues for commands and work. */
public final class Topics {

    public static final String IDENTITY = "identity.events";
    public static final String CATALOG = "catalog.events";
    public static final String ORDERING = "ordering.events";
    public static final String PAYMENT = "payment.events";
    public static final String DELIVERY = "delivery.events";

    /** Where the broker puts a message that failed every delivery attempt. */
    public static final String DEAD_LETTERS = "DLQ";

    private Topics() {
    }
}
