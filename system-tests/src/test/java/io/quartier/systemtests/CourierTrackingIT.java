package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live tracking and earnings on the running platform: a courier's positions accepted or refused, the customer of the
 * order (and its merchant) seeing the courier and the expected arrival while it is on the way and nobody else, and a
 * job paying on the earnings page what its offer said.
 */
@ExtendWith(Platform.class)
class CourierTrackingIT {

    /** Chez Marcel, Pigalle, and Alice's door, rue des Martyrs. */
    private static final double STORE_LAT = 48.8796;
    private static final double STORE_LON = 2.3353;

    @AfterEach
    void offline() {
        Couriers.available("dora", "OFFLINE");
    }

    @Test
    void theCustomerFollowsTheCourierOfTheirOrderAndTheJobPaysWhatItsOfferSaid() {
        String alice = token("alice");
        String dora = token("dora");
        Couriers.available("dora", "ONLINE");
        long orderId = accepted(alice);
        Couriers.awaitOffer(orderId, Duration.ofSeconds(60), dora);
        JsonObject offer = get("/delivery/api/jobs", dora).array().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonNumber("orderId").longValue() == orderId).findFirst().orElseThrow();
        long jobId = offer.getJsonNumber("id").longValue();
        JsonObject offered = offer.getJsonObject("earning");
        assertTrue(offered.getJsonNumber("baseMinor").longValue() > 0, offer::toString);
        assertTrue(offered.getJsonNumber("distanceMinor").longValue() > 0, "store and door are apart: " + offer);
        assertEquals(404, get("/delivery/api/tracking/orders/" + orderId, alice).status(),
                "only offered: no courier is on the way yet");
        assertEquals(200, post("/delivery/api/jobs/" + jobId + "/acceptance", dora, null, null).status());

        assertEquals(204, position(dora, STORE_LAT + 0.001, STORE_LON).status());

        JsonObject seen = Eventually.await("alice sees dora", Duration.ofSeconds(10),
                () -> get("/delivery/api/tracking/orders/" + orderId, alice), r -> r.status() == 200).object();
        assertEquals(STORE_LAT + 0.001, seen.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals("ASSIGNED", seen.getString("status"));
        assertFalse(seen.isNull("eta"), "the arrival at the door is estimated: " + seen);
        assertEquals(200, get("/delivery/api/tracking/orders/" + orderId, token("marcel")).status(),
                "the order's merchant sees its courier too");
        assertTrue(get("/delivery/api/tracking/orders", token("marcel")).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getJsonNumber("orderId").longValue() == orderId), "on the merchant's queue");
        assertTrue(get("/delivery/api/tracking/orders", token("camden")).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(t -> t.getJsonNumber("orderId").longValue() == orderId), "not on another merchant's");
        assertEquals(404, get("/delivery/api/tracking/orders/" + orderId, token("ben")).status(),
                "another customer's order");
        assertEquals(404, get("/delivery/api/tracking/orders/" + orderId, token("camden")).status(),
                "another merchant's order");
        assertEquals(403, get("/delivery/api/tracking/orders/" + orderId, token("carlos")).status(),
                "a courier follows nobody");
        assertEquals(403, position(alice, STORE_LAT, STORE_LON).status(), "a customer has no position to report");
        assertTrue(get("/delivery/api/tracking/couriers", token("admin")).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.getJsonNumber("courierId").longValue() == 21), "on the dispatch board");

        assertEquals(200, Couriers.pickUp(jobId, dora, Couriers.pickupCode(orderId, "marcel")).status());
        assertEquals(200, Couriers.deliver(jobId, dora, Couriers.deliveryCode(orderId, alice)).status());
        assertEquals(404, get("/delivery/api/tracking/orders/" + orderId, alice).status(),
                "once delivered, the courier is nobody's to follow");

        JsonObject earnings = get("/delivery/api/couriers/me/earnings", dora).object();
        JsonObject paid = earnings.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonNumber("jobId").longValue() == jobId).findFirst().orElseThrow()
                .getJsonObject("earning");
        assertEquals(offered.getJsonNumber("totalMinor").longValue(), paid.getJsonNumber("totalMinor").longValue(),
                "no waiting: the page pays what the offer said: " + offered + " / " + paid);
        assertTrue(earnings.getJsonNumber("weekTotalMinor").longValue() >= paid.getJsonNumber("totalMinor").longValue());
        assertTrue(earnings.getJsonArray("days").getJsonObject(0).getInt("jobs") >= 1, earnings::toString);
    }

    @Test
    void implausibleOrMalformedPositionsAreRefusedWithProblemDetails() {
        String carlos = token("carlos");
        Couriers.jobOf(accepted(token("alice")));
        assertEquals(204, position(carlos, STORE_LAT, STORE_LON).status());

        refused(position(carlos, 0.0, 0.0), 400, "problem.position.outsideZone");
        refused(position(carlos, STORE_LAT + 0.2, STORE_LON), 400, "problem.position.tooFast");
        refused(post("/delivery/api/couriers/me/position", carlos, null, "{\"longitude\": 2.35}"), 400,
                "problem.position.invalid");
        refused(post("/delivery/api/couriers/me/position", carlos, null, "{\"latitude\": 91, \"longitude\": 2.35}"),
                400, "problem.position.invalid");
        Response huge = post("/delivery/api/couriers/me/position", carlos, null,
                "{\"latitude\": 1e999, \"longitude\": -1e999}");
        assertEquals(400, huge.status(), huge::toString);
        Response nan = post("/delivery/api/couriers/me/position", carlos, null,
                "{\"latitude\": \"NaN\", \"longitude\": 2.35}");
        assertEquals(400, nan.status(), nan::toString);
        Response big = post("/delivery/api/couriers/me/position", carlos, null,
                "{\"latitude\": 48.88, \"longitude\": 2.33, \"note\": \"" + "x".repeat(1_000_000) + "\"}");
        assertTrue(big.status() == 413 || big.status() == 400, big::toString);
        assertEquals(401, post("/delivery/api/couriers/me/position", null, null,
                "{\"latitude\": 48.88, \"longitude\": 2.33}").status());

        assertEquals(204, position(carlos, STORE_LAT + 0.001, STORE_LON).status(), "a short move is kept");
    }

    @Test
    void twoFirstCallsOfANewCourierMakeOneProfileAndBothAreAnswered() throws Exception {
        String emil = token("emil");
        List<Response> answers = Race.run(4, i -> get("/delivery/api/couriers/me", emil));
        answers.forEach(r -> assertEquals(200, r.status(), r::toString));
        assertEquals(1, answers.stream().map(r -> r.object().getJsonNumber("id").longValue()).distinct().count());
    }

    /** An order of the customer's at Chez Marcel with its door's place, placed and accepted: its job waits. */
    private static long accepted(String customer) {
        long orderId = Orders.place(customer, """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 1}], "paymentMethodId": 1,
                 "deliveryAddress": "12 rue des Martyrs, 75009 Paris", "latitude": 48.8790, "longitude": 2.3397,
                 "tipMinor": 200}""").getJsonNumber("id").longValue();
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 10}").status());
        return orderId;
    }

    private static Response position(String courier, double lat, double lon) {
        return post("/delivery/api/couriers/me/position", courier, null,
                String.format(Locale.ROOT, "{\"latitude\": %.6f, \"longitude\": %.6f}", lat, lon));
    }

    private static void refused(Response answer, int status, String code) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.body().contains(code), answer::toString);
        assertTrue(answer.contentType().contains("problem+json"), answer::toString);
    }
}
