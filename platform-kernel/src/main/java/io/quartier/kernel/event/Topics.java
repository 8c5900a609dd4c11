package io.quartier.kernel.event;

/**
 * Addresses on the broker that are not one context's own. A context's topic is named in its {@code api} jar
 * ({@code OrderingTopic.NAME} and the like), where its publisher and every consumer, the webapps' live pushes
 * included, take it from.
 */
public final class Topics {

    /** Where the broker puts a message that failed every delivery attempt. */
    public static final String DEAD_LETTERS = "DLQ";

    private Topics() {
    }
}
