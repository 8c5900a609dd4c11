package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Listens on the real broker: an event is sent if and only if its transaction commits. A declined payment
 * rolls back the order after OrderPlaced was sent inside the same transaction, so no OrderPlaced reaches
 * the topic; a paid order's OrderPlaced does, with the envelope headers.
 */
@ExtendWith(Platform.class)
class EventsIT {

    @Test
    void orderPlacedIsPublishedOnlyWhenTheOrderCommits() throws Exception {
        try (ActiveMQConnectionFactory factory = Platform.broker();
             JMSContext jms = factory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(jms.createTopic("ordering.events"), "eventType = 'OrderPlaced'");

            Response declined = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                    Orders.inParis(1, 101, 1, 2));
            assertEquals(402, declined.status(), declined::toString);
            assertNull(consumer.receive(3000), "no OrderPlaced for a rolled back order");

            JsonObject placed = Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1));
            long orderId = placed.getJsonNumber("id").longValue();
            Message message = consumer.receive(10_000);
            assertNotNull(message, "OrderPlaced of a committed order");
            JsonObject event = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            assertEquals(orderId, event.getJsonNumber("orderId").longValue());
            assertEquals(1850 + 199, event.getJsonNumber("totalMinor").longValue(), "the line and the base delivery fee");
            assertEquals("OrderPlaced", message.getStringProperty("eventType"));
            assertEquals(1, message.getIntProperty("eventVersion"));
            UUID.fromString(message.getStringProperty("eventId"));
            Instant.parse(message.getStringProperty("occurredAt"));
            assertNull(consumer.receive(1000), "exactly one OrderPlaced");
        }
    }
}
