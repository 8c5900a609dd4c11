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
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A courier holding two jobs of Chez Marcel gets its tour in driving order from where it is: both orders collected at
 * the store, then the nearer door, then the farther one along the same way; once one order is collected, only its door
 * is left of it. Only the courier reads its own tour. Dora is given both jobs by hand and delivers them, so nothing is
 * left in her hands (and payment takes the money, so no capture lands in a later test's ledger); her availability is
 * not touched.
 */
@ExtendWith(Platform.class)
class CourierTourOrderIT {

    /** Chez Marcel, Pigalle. */
    private static final double STORE_LAT = 48.8796;
    private static final double STORE_LON = 2.3353;

    @Test
    void aCourierWithTwoJobsCollectsBothThenDeliversTheNearerDoorFirstAndOnlyItReadsItsTour() {
        String alice = token("alice");
        String dora = token("dora");
        JsonObject placedNear = accepted(alice, "12 rue des Martyrs, 75009 Paris", 48.8790, 2.3397);
        JsonObject placedFar = accepted(alice, "Place du Colonel Fabien, 75010 Paris", 48.8778, 2.3703);
        long near = placedNear.getJsonNumber("id").longValue();
        long far = placedFar.getJsonNumber("id").longValue();
        long nearJob = Couriers.assign(near, "dora");
        long farJob = Couriers.assign(far, "dora");
        try {
            assertEquals(204, post("/delivery/api/couriers/me/position", dora, null, String.format(Locale.ROOT,
                    "{\"latitude\": %.6f, \"longitude\": %.6f}", STORE_LAT + 0.0005, STORE_LON)).status());

            JsonObject tour = get("/delivery/api/couriers/me/tour", dora).object();

            assertTrue(tour.getBoolean("fromPosition"), tour::toString);
            List<JsonObject> mine = stopsOf(tour, near, far);
            assertEquals(List.of("PICKUP", "PICKUP", "DROPOFF", "DROPOFF"), mine.stream().map(s -> s.getString("kind"))
                    .toList(), tour::toString);
            assertEquals(Set.of(near, far), Set.of(orderOf(mine.get(0)), orderOf(mine.get(1))), "both stores first");
            assertEquals(near, orderOf(mine.get(2)), "the nearer door next: " + tour);
            assertEquals(far, orderOf(mine.get(3)));
            assertEquals(nearJob, mine.get(2).getJsonNumber("jobId").longValue());
            assertEquals(48.8778, mine.get(3).getJsonNumber("latitude").doubleValue(), 1e-9);
            assertEquals(STORE_LAT, mine.get(0).getJsonNumber("latitude").doubleValue(), 1e-4);
            assertFalse(mine.get(0).getString("name").isBlank(), "the store is named");
            assertTrue(mine.get(3).getString("expectedArrival").compareTo(mine.get(2).getString("expectedArrival")) > 0,
                    tour::toString);

            assertEquals(403, get("/delivery/api/couriers/me/tour", alice).status(), "a customer has no tour");
            assertEquals(401, get("/delivery/api/couriers/me/tour", null).status());
            JsonObject carlos = get("/delivery/api/couriers/me/tour", token("carlos")).object();
            assertTrue(stopsOf(carlos, near, far).isEmpty(), "another courier sees only its own: " + carlos);

            assertEquals(200, Couriers.pickUp(farJob, dora, Couriers.pickupCode(far, "marcel")).status());
            List<JsonObject> left = stopsOf(get("/delivery/api/couriers/me/tour", dora).object(), near, far);
            assertEquals(List.of("PICKUP:" + near, "DROPOFF:" + near, "DROPOFF:" + far),
                    left.stream().map(s -> s.getString("kind") + ":" + orderOf(s)).toList(),
                    "the order collected: only its door is left");
        } finally {
            handOver(near, nearJob, dora, alice);
            handOver(far, farJob, dora, alice);
        }
        assertTrue(stopsOf(get("/delivery/api/couriers/me/tour", dora).object(), near, far).isEmpty(),
                "delivered: nothing left");
        for (long order : List.of(near, far)) {
            Eventually.await("order " + order + " delivered", Duration.ofSeconds(20),
                    () -> get("/ordering/api/orders/" + order, alice).object().getString("status"),
                    "DELIVERED"::equals);
        }
        for (JsonObject placed : List.of(placedNear, placedFar)) {
            long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
            Eventually.await("hold " + hold + " is captured", Duration.ofSeconds(150),
                    () -> get("/payment/api/authorizations/" + hold, alice).object().getString("status"),
                    "CAPTURED"::equals);
        }
    }

    /**
     * An order of the customer's at Chez Marcel to a door at a known place, placed and accepted (its job waits);
     * answers the order as placed.
     */
    private static JsonObject accepted(String customer, String address, double latitude, double longitude) {
        JsonObject placed = Orders.place(customer, String.format(Locale.ROOT, """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 1}], "paymentMethodId": 1,
                 "deliveryAddress": "%s", "latitude": %.6f, "longitude": %.6f}""", address, latitude, longitude));
        long orderId = placed.getJsonNumber("id").longValue();
        Response accepted = post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 10}");
        assertEquals(200, accepted.status(), accepted::toString);
        return placed;
    }

    /** Whatever is left of the job: picked up and delivered with the right codes. */
    private static void handOver(long orderId, long jobId, String courier, String customer) {
        if ("ASSIGNED".equals(status(jobId, courier))) {
            Response picked = Couriers.pickUp(jobId, courier, Couriers.pickupCode(orderId, "marcel"));
            assertEquals(200, picked.status(), picked::toString);
        }
        if ("PICKED_UP".equals(status(jobId, courier))) {
            Response delivered = Couriers.deliver(jobId, courier, Couriers.deliveryCode(orderId, customer));
            assertEquals(200, delivered.status(), delivered::toString);
        }
    }

    private static String status(long jobId, String courier) {
        Response job = get("/delivery/api/jobs/" + jobId, courier);
        return job.status() == 200 ? job.object().getString("status") : "";
    }

    private static List<JsonObject> stopsOf(JsonObject tour, long... orders) {
        Set<Long> wanted = Arrays.stream(orders).boxed().collect(Collectors.toSet());
        return tour.getJsonArray("stops").getValuesAs(JsonObject.class).stream()
                .filter(s -> wanted.contains(orderOf(s))).toList();
    }

    private static long orderOf(JsonObject stop) {
        return stop.getJsonNumber("orderId").longValue();
    }
}
