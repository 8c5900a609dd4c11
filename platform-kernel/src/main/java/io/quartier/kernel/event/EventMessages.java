package io.quartier.kernel.event;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes and reads domain events as JSON {@link TextMessage}s with the headers {@code eventType},
 * {@code eventVersion}, {@code eventId} and {@code occurredAt}. Never an entity, never an ObjectMessage.
 */
public final class EventMessages {

    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_VERSION = "eventVersion";
    public static final String EVENT_ID = "eventId";
    public static final String OCCURRED_AT = "occurredAt";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private EventMessages() {
    }

    /**
     * Publishes the event on a topic through a container connection factory: inside a JTA transaction the
     * resource adapter enlists the session, so the message is delivered only if the transaction commits.
     */
    public static String publish(ConnectionFactory factory, String topic, DomainEvent event) {
        try (JMSContext context = factory.createContext()) {
            return send(context, context.createTopic(topic), event);
        }
    }

    /** Sends the event on an open context. */
    public static String send(JMSContext context, Destination destination, DomainEvent event) {
        String eventId = UUID.randomUUID().toString();
        try {
            TextMessage message = context.createTextMessage(JSONB.toJson(event));
            message.setStringProperty(EVENT_TYPE, event.eventType());
            message.setIntProperty(EVENT_VERSION, event.eventVersion());
            message.setStringProperty(EVENT_ID, eventId);
            message.setStringProperty(OCCURRED_AT, Instant.now().toString());
            context.createProducer().send(destination, message);
            return eventId;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot send " + event.eventType(), e);
        }
    }

    public static String eventType(Message message) {
        return header(message, EVENT_TYPE);
    }

    public static String eventId(Message message) {
        return header(message, EVENT_ID);
    }

    /** When the publisher says the fact happened: its {@code occurredAt} header. */
    public static Instant occurredAt(Message message) {
        return Instant.parse(header(message, OCCURRED_AT));
    }

    public static <T extends DomainEvent> T read(Message message, Class<T> type) {
        try {
            return JSONB.fromJson(((TextMessage) message).getText(), type);
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable event message", e);
        }
    }

    private static String header(Message message, String name) {
        try {
            String value = message.getStringProperty(name);
            if (value == null) {
                throw new IllegalArgumentException("event message without " + name);
            }
            return value;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
