package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The order path over REST, across identity, catalog, ordering, payment and delivery and the broker. */
@ExtendWith(Platform.class)
class OrderApiIT {

    @Test
    void anOrderTravelsFromCustomerToMerchantToCourierAndBack() {
        String alice = token("alice");
        JsonObject order = Orders.place(alice, Orders.inParis(1, 101, 2, 1));
        long id = order.getJsonNumber("id").longValue();
        assertEquals("PLACED", order.getString("status"));
        assertEquals(3700, order.getJsonNumber("subtotalMinor").longValue(), "2 x 18.50 EUR from the catalog");
        assertEquals(3700 + 199, order.getJsonNumber("totalMinor").longValue(),
                "and Chez Marcel's base delivery fee: this client sends no coordinates");
        assertEquals("EUR", order.getString("currency"));

        Response accepted = post("/ordering/api/orders/" + id + "/accept", token("marcel"), null, "{\"preparationMinutes\": 15}");
        assertEquals("ACCEPTED", accepted.object().getString("status"), accepted::toString);

        long jobId = Couriers.assign(id, "carlos");
        String carlos = token("carlos");
        assertEquals("PICKED_UP", Couriers.pickUp(jobId, carlos, Couriers.pickupCode(id, "marcel")).object()
                .getString("status"));
        awaitStatus(id, alice, "PICKED_UP");
        assertEquals("DELIVERED", Couriers.deliver(jobId, carlos, Couriers.deliveryCode(id, alice)).object()
                .getString("status"));
        JsonObject delivered = awaitStatus(id, alice, "DELIVERED");
        assertEquals(20, delivered.getJsonNumber("courierId").longValue(), "carlos delivered it");
    }

    @Test
    void theSameIdempotencyKeyNeverPlacesTwoOrders() {
        String alice = token("alice");
        String key = UUID.randomUUID().toString();
        Response first = post("/ordering/api/orders", alice, key, Orders.inParis(1, 101, 1, 1));
        Response again = post("/ordering/api/orders", alice, key, Orders.inParis(1, 101, 1, 1));
        assertEquals(201, first.status(), first::toString);
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.object().getJsonNumber("id"), again.object().getJsonNumber("id"));
        Response reused = post("/ordering/api/orders", alice, key, Orders.inParis(1, 101, 5, 1));
        assertEquals(422, reused.status(), reused::toString);
        assertEquals("problem.idempotencyKeyReused", reused.object().getString("code"));
    }

    @Test
    void aDeclinedPaymentKeepsNoOrder() {
        String alice = token("alice");
        int before = get("/ordering/api/orders", alice).array().size();
        Response declined = post("/ordering/api/orders", alice, UUID.randomUUID().toString(),
                Orders.inParis(1, 101, 1, 2));
        assertEquals(402, declined.status(), declined::toString);
        assertTrue(declined.contentType().startsWith("application/problem+json"), declined::toString);
        assertEquals("problem.payment.declined", declined.object().getString("code"));
        assertEquals(before, get("/ordering/api/orders", alice).array().size(), "the rolled back order is gone");
    }

    @Test
    void productsOfAnotherStoreOrUnknownAreRefusedWithAProblem() {
        Response wrongStore = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                Orders.inParis(1, 201, 1, 1));
        assertEquals(409, wrongStore.status(), wrongStore::toString);
        assertEquals("problem.order.productUnavailable", wrongStore.object().getString("code"));
        Response invalid = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                "{\"storeId\": 1, \"lines\": [], \"paymentMethodId\": 1, \"deliveryAddress\": \"\"}");
        assertEquals(400, invalid.status(), invalid::toString);
        assertTrue(invalid.object().getJsonObject("errors").containsKey("lines"), invalid::toString);
        Response noKey = post("/ordering/api/orders", token("alice"), null, Orders.inParis(1, 101, 1, 1));
        assertEquals(400, noKey.status(), noKey::toString);
        assertEquals("problem.idempotencyKeyRequired", noKey.object().getString("code"));
    }

    @Test
    void nobodySeesAnotherTenantsOrders() {
        Response placed = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                Orders.inParis(1, 101, 1, 1));
        long id = placed.object().getJsonNumber("id").longValue();
        assertEquals(404, get("/ordering/api/orders/" + id, token("ben")).status(), "another customer");
        assertEquals(404, get("/ordering/api/orders/" + id, token("camden")).status(), "another merchant");
        assertEquals(404, post("/ordering/api/orders/" + id + "/accept", token("camden"), null, "{\"preparationMinutes\": 15}").status());
        assertEquals(200, get("/ordering/api/orders/" + id, token("marcel")).status(), "its own merchant");
        assertEquals(403, get("/ordering/api/orders", token("carlos")).status(), "couriers have no order list");
        assertEquals(401, get("/ordering/api/orders", null).status(), "no token");
        assertEquals(403, post("/ordering/api/orders", token("marcel"), "k", Orders.inParis(1, 101, 1, 1)).status(),
                "merchants do not place orders");
        Response otherCard = post("/ordering/api/orders", token("ben"), UUID.randomUUID().toString(),
                Orders.inParis(1, 101, 1, 1));
        assertEquals(422, otherCard.status(), "ben cannot pay with alice's card: " + otherCard);
    }

    static JsonObject awaitStatus(long orderId, String token, String status) {
        return Eventually.await("order " + orderId + " is " + status, Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, token).object(),
                o -> status.equals(o.getString("status")));
    }
}
