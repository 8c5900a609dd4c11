package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;

import io.quartier.systemtests.support.Api.Response;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;

/** Orders as the shop places them: the JSON body of a one-line order, and placing one. */
public final class Orders {

    /** Camden's store (demo data), in London. */
    public static final long CAMDEN_STORE = 2;

    private Orders() {
    }

    /** Places the order as the customer whose {@code token} it is, under a new idempotency key: created (201). */
    public static JsonObject place(String token, String body) {
        Response placed = Api.post("/ordering/api/orders", token, UUID.randomUUID().toString(), body);
        assertEquals(201, placed.status(), placed::toString);
        return placed.object();
    }

    /** Marcel accepts an order of Chez Marcel's, and the admin gives its delivery job to carlos; answers its id. */
    public static long acceptWithJob(long orderId) {
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 10}").status());
        return Couriers.assign(orderId, "carlos");
    }

    /** Carlos picks the order up and delivers it, with the codes of Chez Marcel and of the customer. */
    public static void pickUpAndDeliver(long orderId, long jobId, String customerToken) {
        String carlos = token("carlos");
        Response picked = Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel"));
        assertEquals(200, picked.status(), picked::toString);
        Response delivered = Couriers.deliver(jobId, carlos, Couriers.deliveryCode(orderId, customerToken));
        assertEquals(200, delivered.status(), delivered::toString);
    }

    /** A new order of the customer's at Chez Marcel, accepted, picked up and delivered by carlos. */
    public static long delivered(String customer) {
        long id = place(customer, inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        long jobId = acceptWithJob(id);
        pickUpAndDeliver(id, jobId, customer);
        Eventually.await("order " + id + " delivered", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + id, customer).object().getString("status"), "DELIVERED"::equals);
        return id;
    }

    /**
     * A new order of the customer's at Chez Marcel with a tip, delivered by carlos and captured by payment (its
     * ledger entries posted); answers the order as placed (its {@code id} and {@code paymentAuthorizationId}).
     */
    public static JsonObject capturedWithTip(String customer, long tipMinor) {
        JsonObject placed = place(token(customer), """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 1}], "paymentMethodId": 1,
                 "deliveryAddress": "12 rue des Martyrs, 75009 Paris", "tipMinor": %d}""".formatted(tipMinor));
        long orderId = placed.getJsonNumber("id").longValue();
        long jobId = acceptWithJob(orderId);
        pickUpAndDeliver(orderId, jobId, token(customer));
        long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
        Eventually.await("hold " + hold + " is captured", Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + hold, token(customer)).object().getString("status"),
                "CAPTURED"::equals);
        return placed;
    }

    /** One line of {@code quantity} of a product, delivered in Paris. */
    public static String inParis(long storeId, long productId, int quantity, long paymentMethodId) {
        return oneLine(storeId, productId, quantity, paymentMethodId, "12 rue des Martyrs, 75009 Paris");
    }

    /** One line of {@code quantity} of one of Camden's products, delivered in London. */
    public static String atCamden(long productId, int quantity, long paymentMethodId) {
        return oneLine(CAMDEN_STORE, productId, quantity, paymentMethodId, "1 Camden Road, London");
    }

    private static String oneLine(long storeId, long productId, int quantity, long paymentMethodId, String address) {
        return """
                {"storeId": %d, "lines": [{"productId": %d, "quantity": %d}], "paymentMethodId": %d,
                 "deliveryAddress": "%s"}""".formatted(storeId, productId, quantity, paymentMethodId, address);
    }
}
