package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.serviceToken;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money held for an order that never came to exist is given back: a hold whose order is never placed (the
 * checkout failed after the gateway said yes, or its process was killed) is voided, while the hold of a placed
 * order stays until delivery.
 */
@ExtendWith(Platform.class)
class PaymentHoldsIT {

    @Test
    void aHoldWhoseOrderNeverAppearsIsReleasedAndAPlacedOrdersHoldIsKept() {
        String alice = token("alice");
        // A hold taken as ordering takes it, for an order id that will never exist.
        Response orphan = post("/payment/api/authorizations", serviceToken(), "order:orphan-" + UUID.randomUUID(),
                "{\"orderReference\": \"" + (900_000_000 + (int) (Math.random() * 1000)) + "\", \"customerId\": 1,"
                        + " \"paymentMethodId\": 1,"
                        + " \"amountMinor\": 1850, \"currency\": \"EUR\"}");
        assertEquals(200, orphan.status(), orphan::toString);
        long orphanId = orphan.object().getJsonNumber("id").longValue();

        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderHold = placed.getJsonNumber("paymentAuthorizationId").longValue();
        long orderId = placed.getJsonNumber("id").longValue();
        // Accepted, so that the acceptance deadline does not reject it while the test waits.
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null, "{\"preparationMinutes\": 15}").status());

        Eventually.await("the orphan hold is voided", Platform.RELEASE_UNCONFIRMED_AFTER.plus(Duration.ofSeconds(90)),
                () -> get("/payment/api/authorizations/" + orphanId, alice).object().getString("status"),
                "VOIDED"::equals);
        JsonObject kept = get("/payment/api/authorizations/" + orderHold, alice).object();
        assertEquals("AUTHORIZED", kept.getString("status"), "the placed order's hold is kept for its delivery");
        assertTrue(kept.containsKey("confirmedAt"), () -> "OrderPlaced confirmed it, so it is never released: " + kept);
        assertEquals(404, get("/payment/api/authorizations/" + orphanId, token("ben")).status(),
                "another customer's hold is not found");
    }
}
