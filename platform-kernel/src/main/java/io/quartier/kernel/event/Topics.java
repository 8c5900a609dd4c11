package io.quartier.kernel.event;

/**
 * Addresses on the broker that are not one context's own. A context's topic is named in its {@code api} jar
 * ({@code OrderingTopic.NAME} and the like), where its publisher and every consumer take it from; the per-context
 * names below are copies kept for the webapps' live pushes until they subscribe through those (then they go).
 */
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
