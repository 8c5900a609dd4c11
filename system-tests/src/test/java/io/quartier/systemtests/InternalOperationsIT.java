package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.serviceToken;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Only the platform moves money and stock: the operations that hold, release or authorise are refused to every
 * person's token (customer, merchant, courier, staff), a placed order's stock cannot be released but by cancelling
 * the order, a reservation is given back once however many release it at once, and delivery captures the hold the
 * order recorded, never a newer one.
 */
@ExtendWith(Platform.class)
class InternalOperationsIT {

    /** Camden Greens' eggs: tracked stock, in a store open around the clock, used by no other test. */
    private static final long EGGS = 202;

    @Test
    void noPersonsTokenMayHoldOrReleaseStockOrAuthoriseAPayment() {
        for (String person : List.of("alice", "marcel", "carlos", "admin")) {
            String t = token(person);
            Response hold = post("/catalog/api/reservations", t, null,
                    CatalogStockIT.reservation("squat-" + UUID.randomUUID(), EGGS, 12));
            assertEquals(403, hold.status(), () -> person + " held stock: " + hold);
            Response release = delete("/catalog/api/reservations/order-1", t);
            assertEquals(403, release.status(), () -> person + " released stock: " + release);
            Response authorize = post("/payment/api/authorizations", t, "attack-" + UUID.randomUUID(),
                    "{\"orderReference\": \"1\", \"customerId\": 1, \"paymentMethodId\": 1, \"amountMinor\": 1,"
                            + " \"currency\": \"EUR\"}");
            assertEquals(403, authorize.status(), () -> person + " authorised a payment: " + authorize);
        }
        assertEquals(401, post("/catalog/api/reservations", null, null,
                CatalogStockIT.reservation("anonymous", EGGS, 1)).status());
    }

    @Test
    void aServiceTokenIsGivenOnlyForTheRightSecret() {
        Response wrong = post("/identity/api/service-tokens", null, null,
                "{\"service\": \"ordering\", \"secret\": \"guessed\"}");
        assertEquals(401, wrong.status(), wrong::toString);
        assertEquals("problem.badCredentials", wrong.object().getString("code"));
        Response unknown = post("/identity/api/service-tokens", null, null, "{\"service\": \"nobody\", \"secret\": \"x\"}");
        assertEquals(401, unknown.status(), unknown::toString);
        Response malformed = post("/identity/api/service-tokens", null, null, "{\"service\": \"../etc\", \"secret\": \"x\"}");
        assertEquals(400, malformed.status(), malformed::toString);
    }

    @Test
    void aPlacedOrdersStockIsReleasedOnlyByCancellingTheOrder() {
        String camden = token("camden");
        setStock(camden, EGGS, 10);
        JsonObject placed = Orders.place(token("ben"), Orders.atCamden(EGGS, 2, 3));
        long orderId = placed.getJsonNumber("id").longValue();
        assertEquals(8, stock(camden, EGGS));

        String reservation = "/catalog/api/reservations/order-" + orderId;
        Eventually.await("OrderPlaced confirms the reservation", Duration.ofSeconds(20),
                () -> delete(reservation, serviceToken()), r -> r.status() == 409);
        Response again = delete(reservation, serviceToken());
        assertEquals("problem.stock.reservationConfirmed", again.object().getString("code"), again::toString);
        assertEquals(403, delete(reservation, token("ben")).status(), "not even its customer");
        assertEquals(8, stock(camden, EGGS), "the placed order keeps its units");

        assertEquals("CANCELLED", post("/ordering/api/orders/" + orderId + "/cancel", token("ben"), null, null)
                .object().getString("status"));
        Eventually.await("cancelling the order gives its units back", Duration.ofSeconds(20),
                () -> stock(camden, EGGS), s -> s == 10);
    }

    @Test
    void tenConcurrentReleasesGiveTheStockBackOnce() throws Exception {
        String camden = token("camden");
        setStock(camden, EGGS, 10);
        String ordering = serviceToken();
        String reference = "race-release-" + UUID.randomUUID();
        Response held = post("/catalog/api/reservations", ordering, null, CatalogStockIT.reservation(reference, EGGS, 3));
        assertEquals(200, held.status(), held::toString);
        assertEquals(7, stock(camden, EGGS));

        List<Response> releases = Race.run(10, i -> delete("/catalog/api/reservations/" + reference, ordering));

        assertTrue(releases.stream().allMatch(r -> r.status() == 200), releases::toString);
        assertEquals(10, stock(camden, EGGS), "credited once, not ten times");
    }

    @Test
    void aPlacedOrderCanBeLookedUpByTheServicesThatHoldItsMoneyAndStock() {
        Response placed = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                Orders.inParis(1, 101, 1, 1));
        long orderId = placed.object().getJsonNumber("id").longValue();
        assertEquals("PLACED", get("/ordering/api/orders/" + orderId, serviceToken()).object().getString("status"));
        assertEquals(404, get("/ordering/api/orders/" + orderId, token("ben")).status(), "not Ben's");
        post("/ordering/api/orders/" + orderId + "/cancel", token("alice"), null, null);
    }

    @Test
    void deliveryCapturesTheHoldTheOrderRecordedNotANewerOne() {
        String alice = token("alice");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = placed.getJsonNumber("id").longValue();
        long recorded = placed.getJsonNumber("paymentAuthorizationId").longValue();
        // A later, smaller hold for the same order (as a faulty or compromised client might leave behind).
        Response newer = post("/payment/api/authorizations", serviceToken(), "extra-" + UUID.randomUUID(),
                "{\"orderReference\": \"" + orderId + "\", \"customerId\": 1, \"paymentMethodId\": 1,"
                        + " \"amountMinor\": 1, \"currency\": \"EUR\"}");
        assertEquals(200, newer.status(), newer::toString);
        long newerId = newer.object().getJsonNumber("id").longValue();

        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null, "{\"preparationMinutes\": 15}").status());
        Couriers.handOver(orderId, "carlos", alice);

        JsonObject captured = Eventually.await("the recorded hold is captured", Duration.ofSeconds(30),
                () -> get("/payment/api/authorizations/" + recorded, alice).object(),
                a -> "CAPTURED".equals(a.getString("status")));
        assertEquals(1850 + 199, captured.getJsonNumber("amountMinor").longValue(), "the dish and Chez Marcel's base fee");
        assertEquals("VOIDED", get("/payment/api/authorizations/" + newerId, alice).object().getString("status"),
                "the newer hold is released, not charged");
    }

    private static void setStock(String merchant, long productId, int quantity) {
        Response set = patch("/catalog/api/merchant/products/" + productId, merchant,
                "{\"stockQuantity\": " + quantity + ", \"available\": true}");
        assertEquals(200, set.status(), set::toString);
    }

    private static int stock(String merchant, long productId) {
        return get("/catalog/api/merchant/products", merchant).array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("id").longValue() == productId).findFirst().orElseThrow()
                .getInt("stockQuantity");
    }
}
