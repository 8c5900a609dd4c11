package io.quartier.kernel.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The inbox side of idempotent consumers: each module that consumes events keeps a
 * {@code processed_event} table in its own schema. Call inside the consumer's transaction, so the
 * mark and the effect commit or roll back together.
 */
public final class ProcessedEvents {

    private ProcessedEvents() {
    }

    /** Records the event as processed; false when it was processed before (a redelivery). */
    public static boolean firstDelivery(EntityManager em, String eventId) {
        Number seen = (Number) em.createNativeQuery("SELECT COUNT(*) FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId)
                .getSingleResult();
        if (seen.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO processed_event (event_id, processed_at) VALUES (?1, ?2)")
                .setParameter(1, eventId)
                .setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
        return true;
    }

    /**
     * The same for one of several consumers of the same events in a module: each keeps its own mark
     * ({@code consumer:eventId}), so that one consumer having processed an event does not make it look done to
     * another. Keep {@code consumer} short: the mark must fit the table's 64 characters.
     */
    public static boolean firstDelivery(EntityManager em, String consumer, String eventId) {
        return firstDelivery(em, consumer + ":" + eventId);
    }
}
