package io.quartier.kernel.event;

import io.quartier.kernel.persistence.ProcessedEvents;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * What every event consumer does with a message: takes it once by its {@code eventId} (the module's
 * {@code processed_event} inbox, in the consumer's transaction), hands it to the handler of its {@code eventType},
 * and rethrows a failure, an unknown type included, so that the broker redelivers and in the end dead-letters it.
 * The message-driven bean keeps its activation config (topic, subscription, selector), builds one of these with its
 * handlers and delegates {@code onMessage} to it.
 */
public final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());

    private final String name;
    private final Map<String, Consumer<Message>> handlers = new HashMap<>();

    /** The module's one consumer of these events: it marks them by eventId alone. */
    public EventConsumer() {
        this(null);
    }

    /**
     * One of several consumers of the same events in a module: it marks them under its own short {@code name}, so
     * that one having processed an event does not make it look done to another.
     */
    public EventConsumer(String name) {
        this.name = name;
    }

    /** Handles the events of this type (its {@code eventType} is the record's simple name), read as that record. */
    public <T extends DomainEvent> EventConsumer on(Class<T> type, Consumer<? super T> handler) {
        handlers.put(type.getSimpleName(), message -> handler.accept(EventMessages.read(message, type)));
        return this;
    }

    /** The same for a handler that needs when the fact happened (the {@code occurredAt} header). */
    public <T extends DomainEvent> EventConsumer onWithTime(Class<T> type, BiConsumer<? super T, Instant> handler) {
        handlers.put(type.getSimpleName(),
                message -> handler.accept(EventMessages.read(message, type), EventMessages.occurredAt(message)));
        return this;
    }

    /** Consumes the message in the caller's transaction, with the inbox in the module's schema behind {@code em}. */
    public void consume(EntityManager em, Message message) {
        consume(eventId -> name == null
                ? ProcessedEvents.firstDelivery(em, eventId)
                : ProcessedEvents.firstDelivery(em, name, eventId), message);
    }

    /** Consumes the message; {@code firstDelivery} marks an eventId and says whether it is the first time. */
    public void consume(Predicate<String> firstDelivery, Message message) {
        String eventId = EventMessages.eventId(message);
        try {
            if (!firstDelivery.test(eventId)) {
                return;
            }
            String type = EventMessages.eventType(message);
            Consumer<Message> handler = handlers.get(type);
            if (handler == null) {
                throw new IllegalArgumentException("unexpected event " + type);
            }
            handler.accept(message);
        } catch (RuntimeException e) {
            LOG.warning(() -> "event " + eventId + " failed and will be redelivered: " + e);
            throw e;
        }
    }
}
