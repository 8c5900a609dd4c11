package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * the topic; a paid order's OrderPlaced does, with the envelope headers. The declined payment itself is announced
 * (PaymentFailed), in a transaction of its own.
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

    @Test
    void aDeclinedPaymentIsAnnouncedAsPaymentFailedAndNothingAsAuthorized() throws Exception {
        try (ActiveMQConnectionFactory factory = Platform.broker();
             JMSContext jms = factory.createContext()) {
            JMSConsumer failed = jms.createConsumer(jms.createTopic("payment.events"), "eventType = 'PaymentFailed'");
            JMSConsumer authorized = jms.createConsumer(jms.createTopic("payment.events"),
                    "eventType = 'PaymentAuthorized'");

            Response declined = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                    Orders.inParis(1, 101, 1, 2));
            assertEquals(402, declined.status(), declined::toString);

            Message message = failed.receive(10_000);
            assertNotNull(message, "PaymentFailed for the declined card, though the authorization rolled back");
            JsonObject event = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            assertTrue(event.getString("orderReference").matches("[0-9]+"), event::toString);
            assertEquals("card_declined", event.getString("reason"));
            assertEquals("problem.payment.declined", event.getString("problemCode"));
            assertEquals(1850 + 199, event.getJsonNumber("amountMinor").longValue());
            assertNull(authorized.receive(1000), "nothing was authorized");
        }
    }
}
