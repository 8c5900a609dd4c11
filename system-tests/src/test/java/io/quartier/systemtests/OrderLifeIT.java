package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order's whole life over REST: rejected by its merchant with a reason, cancelled by its customer before
 * acceptance, rejected by the platform when nobody accepts it in time, each giving the stock and the payment hold
 * back; and a checkout whose payment step never answers, which stays pending and is then given up, converging on
 * the same answer for the same key.
 */
@ExtendWith(Platform.class)
class OrderLifeIT {

    /** Camden Greens' eggs: tracked stock, in a store open around the clock. */
    private static final long EGGS = 202;
    /** Amina's card on which the sandbox gateway never answers. */
    private static final long UNREACHABLE_CARD = 5;

    @Test
    void aMerchantRejectsWithAReasonAndTheStockAndHoldGoBack() {
        String camden = token("camden");
        setStock(camden, 10);
        JsonObject order = placeEggs(token("ben"), 3);
        long id = order.getJsonNumber("id").longValue();
        assertEquals(7, stock(camden));

        assertEquals(404, post("/ordering/api/orders/" + id + "/reject", token("marcel"), null,
                "{\"reason\": \"OUT_OF_STOCK\"}").status(), "not Marcel's order");
        assertEquals(403, post("/ordering/api/orders/" + id + "/reject", token("ben"), null,
                "{\"reason\": \"OUT_OF_STOCK\"}").status(), "customers do not reject");
        for (String bad : List.of("{}", "{\"reason\": \"BECAUSE\"}", "{\"reason\": \"NOT_ACCEPTED_IN_TIME\"}",
                "{\"reason\": null}")) {
            Response refused = post("/ordering/api/orders/" + id + "/reject", camden, null, bad);
            assertEquals(400, refused.status(), () -> bad + " -> " + refused);
        }

        Response rejected = post("/ordering/api/orders/" + id + "/reject", camden, null, "{\"reason\": \"KITCHEN_TOO_BUSY\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.object().getString("status"));
        assertEquals("KITCHEN_TOO_BUSY", rejected.object().getString("rejectionReason"));
        assertEquals(409, post("/ordering/api/orders/" + id + "/reject", camden, null,
                "{\"reason\": \"OTHER\"}").status(), "rejected once");
        assertEquals(409, post("/ordering/api/orders/" + id + "/accept", camden, null, "{\"preparationMinutes\": 15}").status(),
                "a rejected order is not accepted after all");

        awaitGivenBack(camden, order, 10);
    }

    @Test
    void aCustomerCancelsBeforeAcceptanceButNotAfter() {
        String camden = token("camden");
        setStock(camden, 10);
        String ben = token("ben");
        JsonObject order = placeEggs(ben, 2);
        long id = order.getJsonNumber("id").longValue();

        assertEquals(404, post("/ordering/api/orders/" + id + "/cancel", token("alice"), null, null).status(),
                "not Alice's order");
        assertEquals(403, post("/ordering/api/orders/" + id + "/cancel", camden, null, null).status());
        Response cancelled = post("/ordering/api/orders/" + id + "/cancel", ben, null, null);
        assertEquals("CANCELLED", cancelled.object().getString("status"), cancelled::toString);
        assertEquals(409, post("/ordering/api/orders/" + id + "/cancel", ben, null, null).status());
        awaitGivenBack(camden, order, 10);

        JsonObject accepted = placeEggs(ben, 1);
        long acceptedId = accepted.getJsonNumber("id").longValue();
        assertEquals(200, post("/ordering/api/orders/" + acceptedId + "/accept", camden, null, "{\"preparationMinutes\": 15}").status());
        Response tooLate = post("/ordering/api/orders/" + acceptedId + "/cancel", ben, null, null);
        assertEquals(409, tooLate.status(), tooLate::toString);
        assertEquals("problem.order.alreadyAccepted", tooLate.object().getString("code"));
        assertEquals(9, stock(camden), "the accepted order keeps its egg");
    }

    @Test
    void anOrderNobodyAcceptsIsRejectedAtItsDeadline() {
        String camden = token("camden");
        setStock(camden, 10);
        String ben = token("ben");
        JsonObject order = placeEggs(ben, 4);
        long id = order.getJsonNumber("id").longValue();
        assertTrue(order.containsKey("acceptBy"), order::toString);

        JsonObject rejected = Eventually.await("order " + id + " rejected at its deadline",
                Platform.ACCEPTANCE_DEADLINE.plusSeconds(60),
                () -> get("/ordering/api/orders/" + id, ben).object(), o -> "REJECTED".equals(o.getString("status")));
        assertEquals("NOT_ACCEPTED_IN_TIME", rejected.getString("rejectionReason"));
        awaitGivenBack(camden, order, 10);
    }

    @Test
    void aCheckoutWhosePaymentNeverAnswersStaysPendingThenIsGivenUpAndAlwaysAnswersTheSame() {
        String camden = token("camden");
        setStock(camden, 10);
        String amina = token("amina");
        String key = UUID.randomUUID().toString();
        String body = eggs(1, UNREACHABLE_CARD);

        Response first = post("/ordering/api/orders", amina, key, body);
        assertEquals(503, first.status(), first::toString);
        assertEquals("problem.order.pending", first.object().getString("code"));
        long id = first.object().getJsonObject("errors").getJsonNumber("orderId").longValue();
        assertEquals("PENDING", get("/ordering/api/orders/" + id, amina).object().getString("status"));
        assertEquals(9, stock(camden), "its stock is held while it is pending");
        assertTrue(get("/ordering/api/orders", camden).array().stream()
                .noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id), "the merchant never sees it");

        JsonObject given = Eventually.await("the pending checkout is given up",
                Platform.GIVE_UP_CHECKOUT_AFTER.plusSeconds(40),
                () -> get("/ordering/api/orders/" + id, amina).object(), o -> "FAILED".equals(o.getString("status")));
        assertEquals("problem.order.abandoned", given.getString("failureCode"));
        Eventually.await("its stock is back", Duration.ofSeconds(20), () -> stock(camden), s -> s == 10);
        for (int i = 0; i < 2; i++) {
            Response again = post("/ordering/api/orders", amina, key, body);
            assertEquals(409, again.status(), again::toString);
            assertEquals("problem.order.abandoned", again.object().getString("code"), "the same key, the same answer");
        }
        assertEquals(10, stock(camden), "asking again takes nothing");
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyGetOneOrderAndNoServerError() throws Exception {
        String ben = token("ben");
        setStock(token("camden"), 50);
        String key = UUID.randomUUID().toString();
        String body = eggs(1, 3);

        List<Response> answers = Race.run(20, i -> post("/ordering/api/orders", ben, key, body));

        assertTrue(answers.stream().allMatch(r -> r.status() == 201 || r.status() == 200 || r.status() == 202),
                answers::toString);
        assertEquals(1, answers.stream().filter(r -> r.status() == 201).count(), answers::toString);
        Set<Long> ids = answers.stream().map(r -> r.object().getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertEquals(1, ids.size(), () -> "one order for one key: " + ids);
        assertEquals(49, stock(token("camden")), "one egg taken, once");
        assertEquals(200, post("/ordering/api/orders/" + ids.iterator().next() + "/accept", token("camden"), null, "{\"preparationMinutes\": 15}")
                .status(), "accepted, so that its deadline gives nothing back while other tests count eggs");
    }

    @Test
    void aRejectionACancellationAndAnAcceptanceAtOnceLeaveOneOutcomeAndGiveBackOnce() throws Exception {
        String camden = token("camden");
        setStock(camden, 10);
        String ben = token("ben");
        JsonObject order = placeEggs(ben, 3);
        long id = order.getJsonNumber("id").longValue();

        List<String> calls = List.of("reject", "cancel", "accept", "reject", "cancel", "accept");
        List<Response> answers = Race.run(calls.size(), i -> post("/ordering/api/orders/" + id + "/" + calls.get(i),
                calls.get(i).equals("cancel") ? ben : camden, null,
                switch (calls.get(i)) {
                    case "reject" -> "{\"reason\": \"KITCHEN_TOO_BUSY\"}";
                    case "accept" -> "{\"preparationMinutes\": 15}";
                    default -> null;
                }));
        List<Response> won = answers.stream().filter(r -> r.status() == 200).toList();
        assertEquals(1, won.size(), answers::toString);
        assertTrue(answers.stream().allMatch(r -> r.status() == 200 || r.status() == 409), answers::toString);

        String outcome = won.get(0).object().getString("status");
        assertEquals(outcome, get("/ordering/api/orders/" + id, ben).object().getString("status"));
        if (outcome.equals("ACCEPTED")) {
            assertEquals(7, stock(camden), "the accepted order keeps its eggs");
        } else {
            awaitGivenBack(camden, order, 10);
            assertEquals(10, stock(camden), "given back once, not once per caller");
        }
    }

    private static JsonObject placeEggs(String customer, int quantity) {
        JsonObject placed = Orders.place(customer, eggs(quantity, 3));
        assertEquals("PLACED", placed.getString("status"));
        return placed;
    }

    private static String eggs(int quantity, long paymentMethodId) {
        return Orders.atCamden(EGGS, quantity, paymentMethodId);
    }

    /** The stock is back to {@code expected} and the order's payment hold is voided, not captured. */
    private static void awaitGivenBack(String camden, JsonObject order, int expected) {
        Eventually.await("the stock is back", Duration.ofSeconds(20), () -> stock(camden), s -> s == expected);
        long hold = order.getJsonNumber("paymentAuthorizationId").longValue();
        String customer = token(order.getJsonNumber("customerId").longValue() == 2 ? "ben" : "amina");
        Eventually.await("the payment hold is voided", Duration.ofSeconds(20),
                () -> get("/payment/api/authorizations/" + hold, customer).object().getString("status"),
                "VOIDED"::equals);
    }

    private static void setStock(String camden, int quantity) {
        Response set = patch("/catalog/api/merchant/products/" + EGGS, camden,
                "{\"stockQuantity\": " + quantity + ", \"available\": true}");
        assertEquals(200, set.status(), set::toString);
    }

    private static int stock(String camden) {
        return get("/catalog/api/merchant/products", camden).array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("id").longValue() == EGGS).findFirst().orElseThrow().getInt("stockQuantity");
    }
}
