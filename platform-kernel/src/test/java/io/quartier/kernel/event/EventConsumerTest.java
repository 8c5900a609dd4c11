package io.quartier.kernel.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventConsumerTest {

    public record ParcelSent(long parcelId) implements DomainEvent {
    }

    public record ParcelLost(long parcelId) implements DomainEvent {
    }

    private final List<String> handled = new ArrayList<>();
    private final Set<String> inbox = new HashSet<>();

    private final EventConsumer consumer = new EventConsumer()
            .on(ParcelSent.class, sent -> handled.add("sent " + sent.parcelId()))
            .onWithTime(ParcelLost.class, (lost, at) -> handled.add("lost " + lost.parcelId() + " at " + at));

    @Test
    void handsEachEventToTheHandlerOfItsType() {
        consumer.consume(inbox::add, message("e1", "ParcelSent", "{\"parcelId\":7}"));
        consumer.consume(inbox::add, message("e2", "ParcelLost", "{\"parcelId\":8}"));

        assertEquals(List.of("sent 7", "lost 8 at 2026-11-28T05:00:00Z"), handled);
    }

    @Test
    void skipsAnEventItHasProcessedBefore() {
        consumer.consume(inbox::add, message("e1", "ParcelSent", "{\"parcelId\":7}"));
        consumer.consume(inbox::add, message("e1", "ParcelSent", "{\"parcelId\":7}"));

        assertEquals(List.of("sent 7"), handled);
        assertEquals(Set.of("e1"), inbox);
    }

    @Test
    void refusesAnEventOfATypeItDoesNotHandle() {
        Message message = message("e3", "ParcelFound", "{\"parcelId\":9}");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> consumer.consume(inbox::add, message));

        assertTrue(refused.getMessage().contains("ParcelFound"), refused::getMessage);
        assertTrue(handled.isEmpty());
    }

    @Test
    void rethrowsAHandlerFailureSoTheBrokerRedelivers() {
        IllegalStateException failure = new IllegalStateException("database gone");
        EventConsumer failing = new EventConsumer().on(ParcelSent.class, sent -> {
            throw failure;
        });

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> failing.consume(inbox::add, message("e4", "ParcelSent", "{\"parcelId\":7}"))));
    }

    @Test
    void refusesAMessageWithoutEventId() {
        assertThrows(IllegalArgumentException.class,
                () -> consumer.consume(inbox::add, message(null, "ParcelSent", "{\"parcelId\":7}")));
        assertTrue(inbox.isEmpty());
    }

    /** A text message with the event headers, as {@link EventMessages} writes it. */
    private static Message message(String eventId, String eventType, String json) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of(
                EventMessages.EVENT_TYPE, eventType, EventMessages.OCCURRED_AT, Instant.parse("2026-11-28T05:00:00Z").toString()));
        if (eventId != null) {
            headers.put(EventMessages.EVENT_ID, eventId);
        }
        return (Message) Proxy.newProxyInstance(EventConsumerTest.class.getClassLoader(), new Class<?>[] {TextMessage.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getStringProperty" -> headers.get((String) args[0]);
                    case "getText" -> json;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
