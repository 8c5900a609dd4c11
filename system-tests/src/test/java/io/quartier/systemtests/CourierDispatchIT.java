package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Couriers and dispatch on the running platform: offers to one courier at a time (the test platform's offers lapse
 * after {@link Platform#OFFER_TIMEOUT}), a courier seeing only its own offers and jobs, handovers with codes, five
 * wrong codes flagging the job, and a courier not approved getting nothing.
 */
@ExtendWith(Platform.class)
class CourierDispatchIT {

    @AfterEach
    void everyoneOffline() {
        Couriers.available("dora", "OFFLINE");
        Couriers.available("carlos", "OFFLINE");
        Couriers.available("emil", "OFFLINE");
        post("/delivery/api/couriers/22/suspension", token("admin"), null, null);
    }

    @Test
    void anOfferIsAcceptedThenPickedUpAndDeliveredWithTheCodesWhileOtherCouriersSeeNothing() {
        String alice = token("alice");
        String dora = token("dora");
        String carlos = token("carlos");
        Couriers.available("dora", "ONLINE");
        long orderId = accepted(alice);

        Couriers.awaitOffer(orderId, Duration.ofSeconds(60), dora);
        JsonObject offer = offerOf(dora, orderId);
        long jobId = offer.getJsonNumber("id").longValue();
        assertTrue(offer.containsKey("offerExpiresAt") && !offer.isNull("offerExpiresAt"), offer::toString);
        assertTrue(offer.containsKey("pickupLatitude"), "the store's place, from the catalog: " + offer);
        assertEquals(404, get("/delivery/api/jobs/" + jobId, carlos).status(), "not offered to carlos");
        assertEquals(404, post("/delivery/api/jobs/" + jobId + "/acceptance", carlos, null, null).status());
        assertEquals(403, get("/delivery/api/jobs/" + jobId, alice).status(), "a customer is no courier");

        Response accepted = post("/delivery/api/jobs/" + jobId + "/acceptance", dora, null, null);
        assertEquals("ASSIGNED", accepted.object().getString("status"), accepted::toString);
        assertEquals(404, Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel")).status());
        assertEquals(404, get("/delivery/api/handovers/" + orderId + "/pickup-code", token("camden")).status(),
                "another merchant's order");
        assertEquals(404, get("/delivery/api/handovers/" + orderId + "/delivery-code", token("ben")).status(),
                "another customer's order");

        String pickupCode = Couriers.pickupCode(orderId, "marcel");
        String deliveryCode = Couriers.deliveryCode(orderId, alice);
        Response wrong = Couriers.pickUp(jobId, dora, deliveryCode.equals(pickupCode)
                ? (pickupCode.equals("0000") ? "0001" : "0000") : deliveryCode);
        assertEquals(409, wrong.status(), wrong::toString);
        assertTrue(wrong.body().contains("problem.job.wrongCode"), wrong::toString);
        assertEquals("PICKED_UP", Couriers.pickUp(jobId, dora, Couriers.pickupCode(orderId, "marcel")).object()
                .getString("status"));
        awaitOrder(orderId, alice, "PICKED_UP");
        assertEquals("DELIVERED", Couriers.deliver(jobId, dora, Couriers.deliveryCode(orderId, alice)).object()
                .getString("status"));
        JsonObject delivered = awaitOrder(orderId, alice, "DELIVERED");
        assertEquals(21, delivered.getJsonNumber("courierId").longValue(), "dora delivered it");
    }

    @Test
    void anOfferNobodyAnswersGoesToAnotherCourierAndLeavesTheFirst() {
        String admin = token("admin");
        String dora = token("dora");
        String emil = token("emil");
        assertEquals(200, get("/delivery/api/couriers/me", emil).status(), "emil's profile, made on first use");
        assertEquals(200, put("/delivery/api/couriers/me/profile", emil,
                "{\"vehicle\": \"BIKE\", \"homeZone\": \"Paris 10e\"}").status(), "emil works in Paris");
        assertEquals(200, post("/delivery/api/couriers/22/approval", admin, null, null).status());
        Couriers.available("dora", "ONLINE");
        Couriers.available("emil", "ONLINE");
        String alice = token("alice");
        long orderId = accepted(alice);

        int first = Couriers.awaitOffer(orderId, Duration.ofSeconds(60), dora, emil);
        String[] tokens = {dora, emil};
        long jobId = offerOf(tokens[first], orderId).getJsonNumber("id").longValue();
        Couriers.awaitOffer(orderId, Platform.OFFER_TIMEOUT.plusSeconds(40), tokens[1 - first]);

        assertEquals(404, get("/delivery/api/jobs/" + jobId, tokens[first]).status(), "its offer lapsed");
        assertEquals(404, post("/delivery/api/jobs/" + jobId + "/acceptance", tokens[first], null, null).status());
        assertEquals(200, post("/delivery/api/jobs/" + jobId + "/acceptance", tokens[1 - first], null, null).status());
        assertEquals(200, Couriers.pickUp(jobId, tokens[1 - first], Couriers.pickupCode(orderId, "marcel")).status());
        assertEquals(200, Couriers.deliver(jobId, tokens[1 - first], Couriers.deliveryCode(orderId, alice)).status());
    }

    @Test
    void fiveWrongCodesFlagTheJobForSupportAndLockItsCode() {
        String alice = token("alice");
        long orderId = accepted(alice);
        long jobId = Couriers.assign(orderId, "carlos");
        String carlos = token("carlos");
        String right = Couriers.pickupCode(orderId, "marcel");
        String wrong = right.equals("0000") ? "0001" : "0000";

        for (int i = 1; i <= 4; i++) {
            Response refused = Couriers.pickUp(jobId, carlos, wrong);
            assertEquals(409, refused.status(), refused::toString);
            assertTrue(refused.body().contains("problem.job.wrongCode"), refused::toString);
        }
        Response fifth = Couriers.pickUp(jobId, carlos, wrong);
        assertTrue(fifth.body().contains("problem.job.codeLocked"), fifth::toString);
        Response rightTooLate = Couriers.pickUp(jobId, carlos, right);
        assertEquals(409, rightTooLate.status());
        assertTrue(rightTooLate.body().contains("problem.job.codeLocked"), rightTooLate::toString);

        JsonObject onBoard = get("/delivery/api/dispatch/jobs", token("support")).array().getValuesAs(JsonObject.class)
                .stream().filter(j -> j.getJsonNumber("id").longValue() == jobId).findFirst().orElseThrow();
        assertTrue(onBoard.getBoolean("flagged"), onBoard::toString);
        assertEquals("ASSIGNED", onBoard.getString("status"));
    }

    @Test
    void aCourierNotApprovedCannotGoOnlineAndIsOfferedNothing() {
        String admin = token("admin");
        post("/delivery/api/couriers/22/suspension", admin, null, null);
        String emil = token("emil");
        JsonObject me = get("/delivery/api/couriers/me", emil).object();
        assertNotEquals("APPROVED", me.getString("onboarding"), me::toString);

        Response online = put("/delivery/api/couriers/me/availability", emil, "{\"availability\": \"ONLINE\"}");
        assertEquals(409, online.status(), online::toString);
        assertTrue(online.body().contains("problem.courier.notApproved"), online::toString);
        long orderId = accepted(token("alice"));
        long jobId = Couriers.jobOf(orderId);
        Response given = post("/delivery/api/dispatch/jobs/" + jobId + "/assignment", admin, null,
                "{\"courierId\": 22}");
        assertEquals(400, given.status(), "an admin cannot give it a job either: " + given);
        assertTrue(get("/delivery/api/jobs", emil).array().isEmpty());
        assertEquals(403, post("/delivery/api/couriers/22/approval", token("support"), null, null).status(),
                "support sees couriers, only admins approve them");
        assertEquals(403, get("/delivery/api/couriers", emil).status());
        assertTrue(get("/delivery/api/couriers", admin).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == 22 && "SUSPENDED".equals(c.getString("onboarding"))));
    }

    /** An order of the customer's at Chez Marcel, placed and accepted by marcel: its job waits for a courier. */
    private static long accepted(String customer) {
        long orderId = Orders.place(customer, Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 10}").status());
        return orderId;
    }

    private static JsonObject offerOf(String courier, long orderId) {
        return get("/delivery/api/jobs", courier).array().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonNumber("orderId").longValue() == orderId).findFirst().orElseThrow();
    }

    private static JsonObject awaitOrder(long orderId, String customer, String status) {
        return Eventually.await("order " + orderId + " " + status, Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, customer).object(),
                o -> status.equals(o.getString("status")));
    }
}
