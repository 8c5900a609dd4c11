package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.getAs;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A courier is paid what its app showed: an order delivered by dora owes her the job's earnings (as the earnings
 * page shows them, tip aside) and the customer's tip, not the order's delivery fee, which is the platform's; the
 * Delivered event delivered again posts nothing more; the payout pays exactly earnings and tip for the order, and
 * the books still hold.
 */
@ExtendWith(Platform.class)
class CourierEarningsIT {

    private static final long TIP = 150;

    @Test
    void aCourierIsPaidTheEarningsItsAppShowedAndTheTipOnceWhateverTheDeliveries() throws Exception {
        String alice = token("alice");
        String dora = token("dora");
        String admin = token("admin");
        long doraId = get("/delivery/api/couriers/me", dora).object().getJsonNumber("id").longValue();
        long payableBefore = balance("COURIER_PAYABLE", doraId);
        try (ActiveMQConnectionFactory factory = Platform.broker(); JMSContext jms = factory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(jms.createTopic("delivery.events"), "eventType = 'Delivered'");
            JsonObject placed = Orders.place(alice, """
                    {"storeId": 1, "lines": [{"productId": 101, "quantity": 1}], "paymentMethodId": 1,
                     "deliveryAddress": "12 rue des Martyrs, 75009 Paris", "tipMinor": %d}""".formatted(TIP));
            long orderId = placed.getJsonNumber("id").longValue();
            assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                    "{\"preparationMinutes\": 10}").status());
            long jobId = Couriers.assign(orderId, "dora");
            assertEquals(200, Couriers.pickUp(jobId, dora, Couriers.pickupCode(orderId, "marcel")).status());
            assertEquals(200, Couriers.deliver(jobId, dora, Couriers.deliveryCode(orderId, alice)).status());

            TextMessage delivered = deliveredOf(consumer, jobId);
            JsonObject event = Json.createReader(new StringReader(delivered.getText())).readObject();
            JsonObject shown = get("/delivery/api/couriers/me/earnings", dora).object().getJsonArray("jobs")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(j -> j.getJsonNumber("jobId").longValue() == jobId)
                    .findFirst().orElseThrow().getJsonObject("earning");
            long earnings = shown.getJsonNumber("totalMinor").longValue() - TIP;
            assertEquals(TIP, shown.getJsonNumber("tipMinor").longValue(), shown::toString);
            assertEquals("EUR", shown.getString("currency"));
            assertEquals(earnings, event.getJsonNumber("earningsMinor").longValue(), event::toString);
            assertEquals("EUR", event.getString("currency"));
            assertEquals(doraId, event.getJsonNumber("courierId").longValue());

            Eventually.await("dora is owed the job's earnings", Duration.ofSeconds(30),
                    () -> balance("COURIER_PAYABLE", doraId), b -> b == payableBefore - earnings);
            long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
            Eventually.await("hold " + hold + " is captured", Duration.ofSeconds(150),
                    () -> get("/payment/api/authorizations/" + hold, alice).object().getString("status"),
                    "CAPTURED"::equals);

            // the broker delivers the same event again (same eventId): payment posts nothing more
            TextMessage again = jms.createTextMessage(delivered.getText());
            for (String header : List.of("eventType", "eventId", "occurredAt")) {
                again.setStringProperty(header, delivered.getStringProperty(header));
            }
            again.setIntProperty("eventVersion", delivered.getIntProperty("eventVersion"));
            jms.createProducer().send(jms.createTopic("delivery.events"), again);
            assertNotNull(consumer.receive(10_000), "the copy went through the topic");
            Thread.sleep(3000);
            assertEquals(payableBefore - earnings, balance("COURIER_PAYABLE", doraId),
                    "the earnings once, and nothing of the fee at capture");

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Response run = post("/payment/api/payouts/runs", admin, null,
                    "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(today.minusDays(1), today));
            assertEquals(200, run.status(), run::toString);

            JsonObject payout = get("/payment/api/payouts/statements", dora).array().stream()
                    .map(JsonValue::asJsonObject).findFirst().orElseThrow();
            String statement = "/payment/api/payouts/" + payout.getJsonNumber("id");
            List<JsonObject> lines = get(statement, dora).object().getJsonArray("lines")
                    .getValuesAs(JsonObject.class);
            List<JsonObject> ofOrder = lines.stream()
                    .filter(l -> String.valueOf(orderId).equals(l.getString("orderReference", null))).toList();
            assertEquals(2, ofOrder.size(), () -> "the job's earnings and the tip, nothing twice: " + lines);
            JsonObject earned = ofOrder.stream().filter(l -> l.getString("kind").equals("EARNING")).findFirst()
                    .orElseThrow(() -> new AssertionError("no earnings line: " + lines));
            assertEquals("earning:" + jobId, earned.getString("entryKey"));
            assertEquals("COURIER_PAYABLE", earned.getString("account"));
            assertEquals(earnings, earned.getJsonNumber("amountMinor").longValue(), "what the app showed, not the fee");
            JsonObject tipped = ofOrder.stream().filter(l -> l.getString("kind").equals("CAPTURE")).findFirst()
                    .orElseThrow(() -> new AssertionError("no tip line: " + lines));
            assertEquals("TIPS", tipped.getString("account"), "the capture owes dora the tip alone");
            assertEquals(TIP, tipped.getJsonNumber("amountMinor").longValue());
            assertEquals(shown.getJsonNumber("totalMinor").longValue(), ofOrder.stream()
                    .mapToLong(l -> l.getJsonNumber("amountMinor").longValue()).sum(), "earnings and tip, exactly");
            assertEquals(payout.getJsonNumber("amountMinor").longValue(), lines.stream()
                    .mapToLong(l -> l.getJsonNumber("amountMinor").longValue()).sum(), "the lines make the payout");
            Response csv = getAs(statement + "/statement.csv", dora, "text/csv");
            assertTrue(csv.body().contains(",earning:" + jobId + ",EARNING," + orderId + ","), csv::body);
        }

        JsonObject invariant = get("/payment/api/ledger/invariant", admin).object();
        assertTrue(invariant.getBoolean("holds"), invariant::toString);
        assertTrue(get("/payment/api/ledger/balances", admin).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(b -> b.getString("account").equals("DELIVERY_REVENUE")), "the platform's delivery revenue");
    }

    /** An account's balance in euros (debits minus credits: negative when the platform owes it), 0 without postings. */
    private static long balance(String account, long partyId) {
        return get("/payment/api/ledger/balances", token("admin")).array().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("account").equals(account) && b.getJsonNumber("partyId").longValue() == partyId
                        && b.getString("currency").equals("EUR"))
                .mapToLong(b -> b.getJsonNumber("balanceMinor").longValue()).sum();
    }

    /** The Delivered event of the job, among those the consumer receives. */
    private static TextMessage deliveredOf(JMSConsumer consumer, long jobId) throws Exception {
        for (int i = 0; i < 50; i++) {
            Message message = consumer.receive(10_000);
            assertNotNull(message, "Delivered of job " + jobId);
            JsonObject event = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            if (event.getJsonNumber("jobId").longValue() == jobId) {
                return (TextMessage) message;
            }
        }
        throw new AssertionError("no Delivered of job " + jobId);
    }
}
