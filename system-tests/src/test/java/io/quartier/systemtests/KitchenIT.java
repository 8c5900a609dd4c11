package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kitchen's side of an order over REST: accepted with a preparation time, started, ready, its ticket printed and
 * reprinted, each step only by the order's own merchant and only from the status it follows.
 */
@ExtendWith(Platform.class)
class KitchenIT {

    @Test
    void theMerchantAcceptsWithAPreparationTimeStartsAndSaysReadyAndTheCustomerSeesEachStep() {
        String alice = token("alice");
        String marcel = token("marcel");
        long id = place(alice);
        String orderPath = "/ordering/api/orders/" + id;

        for (String bad : List.of("", "{}", "{\"preparationMinutes\": 0}", "{\"preparationMinutes\": 181}",
                "{\"preparationMinutes\": -5}", "{\"preparationMinutes\": \"soon\"}",
                "{\"preparationMinutes\": 99999999999999}", "{\"preparationMinutes\": null}")) {
            Response refused = post(orderPath + "/accept", marcel, null, bad.isEmpty() ? null : bad);
            assertEquals(400, refused.status(), () -> bad + " -> " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        }
        assertEquals("PLACED", get(orderPath, alice).object().getString("status"), "a refused acceptance changes nothing");
        assertEquals(404, post(orderPath + "/accept", token("camden"), null, minutes(20)).status(),
                "another merchant's order");
        assertEquals(403, post(orderPath + "/accept", alice, null, minutes(20)).status(), "a customer");
        assertEquals(409, post(orderPath + "/preparing", marcel, null, null).status(), "not accepted yet");
        assertEquals(409, post(orderPath + "/tickets", marcel, null, null).status(), "no ticket before acceptance");

        Instant before = Instant.now();
        JsonObject accepted = post(orderPath + "/accept", marcel, null, minutes(20)).object();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals(20, accepted.getInt("preparationMinutes"));
        Instant readyBy = Instant.parse(accepted.getString("readyBy"));
        assertFalse(readyBy.isBefore(before.plusSeconds(20 * 60 - 5)), () -> "ready by " + readyBy);
        assertTrue(readyBy.isBefore(Instant.now().plusSeconds(20 * 60 + 5)), () -> "ready by " + readyBy);

        JsonObject first = post(orderPath + "/tickets", marcel, null, null).object();
        assertEquals(1, first.getInt("print"));
        assertFalse(first.getBoolean("reprint", false), first::toString);
        assertEquals(id, first.getJsonNumber("orderId").longValue());
        assertEquals(1, first.getJsonArray("lines").size());
        JsonObject second = post(orderPath + "/tickets", marcel, null, null).object();
        assertEquals(2, second.getInt("print"), "the second print is a reprint");
        assertEquals(404, post(orderPath + "/tickets", token("camden"), null, null).status());
        assertEquals(403, post(orderPath + "/tickets", alice, null, null).status());

        assertEquals(404, post(orderPath + "/preparing", token("camden"), null, null).status());
        assertEquals(403, post(orderPath + "/ready", alice, null, null).status());
        assertEquals("IN_PREPARATION", post(orderPath + "/preparing", marcel, null, null).object().getString("status"));
        assertEquals(409, post(orderPath + "/preparing", marcel, null, null).status(), "started once");
        assertEquals("IN_PREPARATION", get(orderPath, alice).object().getString("status"));

        assertEquals("READY", post(orderPath + "/ready", marcel, null, null).object().getString("status"));
        assertEquals(409, post(orderPath + "/ready", marcel, null, null).status(), "ready once");
        Response cancel = post(orderPath + "/cancel", alice, null, null);
        assertEquals(409, cancel.status(), cancel::toString);
        assertTrue(cancel.body().contains("problem.order.alreadyAccepted"), cancel::toString);
        JsonObject seen = get(orderPath, alice).object();
        assertEquals("READY", seen.getString("status"));
        assertEquals(readyBy, Instant.parse(seen.getString("readyBy")));

        long jobId = Couriers.assign(id, "carlos");
        assertEquals(200, Couriers.pickUp(jobId, token("carlos"), Couriers.pickupCode(id, "marcel")).status());
        Eventually.await("order " + id + " picked up", Duration.ofSeconds(20),
                () -> get(orderPath, alice).object().getString("status"), "PICKED_UP"::equals);
        assertEquals(409, post(orderPath + "/tickets", marcel, null, null).status(), "no ticket once it has left");
    }

    @Test
    void aCourierTakingAnOrderTheKitchenNeverMarkedReadyStillPicksItUp() {
        String alice = token("alice");
        long id = place(alice);
        assertEquals(200, post("/ordering/api/orders/" + id + "/accept", token("marcel"), null, minutes(10)).status());

        long jobId = Couriers.assign(id, "carlos");
        assertEquals(200, Couriers.pickUp(jobId, token("carlos"), Couriers.pickupCode(id, "marcel")).status());
        Eventually.await("order " + id + " picked up", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + id, alice).object().getString("status"), "PICKED_UP"::equals);
    }

    @Test
    void fiveReadyCallsAtOnceMoveTheOrderOnce() throws Exception {
        String marcel = token("marcel");
        long id = place(token("alice"));
        assertEquals(200, post("/ordering/api/orders/" + id + "/accept", marcel, null, minutes(15)).status());

        List<Response> answers = Race.run(5, i -> post("/ordering/api/orders/" + id + "/ready", marcel, null, null));

        assertEquals(1, answers.stream().filter(r -> r.status() == 200).count(), answers::toString);
        assertEquals(4, answers.stream().filter(r -> r.status() == 409).count(), answers::toString);
    }

    private static long place(String customer) {
        return Orders.place(customer, Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
    }

    private static String minutes(int minutes) {
        return "{\"preparationMinutes\": " + minutes + "}";
    }
}
