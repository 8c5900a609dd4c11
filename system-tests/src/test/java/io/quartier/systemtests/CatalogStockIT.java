package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.serviceToken;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stock and the merchant's edits over REST on the running platform: the last units go to exactly as many
 * buyers as there are units, however many race for them; merchants change only their own products; bad
 * input changes nothing.
 */
@ExtendWith(Platform.class)
class CatalogStockIT {

    /** Camden Greens' cheddar: tracked stock, not used by the other tests. */
    private static final long CHEDDAR = 205;
    /** Camden Greens' sourdough, for the race through checkout. */
    private static final long SOURDOUGH = 203;

    @Test
    void exactlyTheAvailableQuantityIsReservedWhenManyCustomersRaceForTheLastItems() throws Exception {
        String camden = token("camden");
        setStock(camden, CHEDDAR, 5);
        String ordering = serviceToken();

        List<Response> answers = Race.run(16, i -> post("/catalog/api/reservations", ordering, null,
                reservation("race-" + UUID.randomUUID(), CHEDDAR, 1)));

        List<Response> held = answers.stream().filter(r -> r.status() == 200).toList();
        List<Response> refused = answers.stream().filter(r -> r.status() == 409).toList();
        assertEquals(5, held.size(), () -> "exactly five of 16 got one of the five: " + answers);
        assertEquals(11, refused.size(), () -> "the others were told: " + answers);
        for (Response r : refused) {
            assertEquals("problem.stock.insufficient", r.object().getString("code"));
            assertEquals(CHEDDAR, r.object().getJsonObject("errors").getJsonArray("productIds").getJsonNumber(0).longValue());
        }
        JsonObject cheddar = merchantProduct(camden, CHEDDAR);
        assertEquals(0, cheddar.getInt("stockQuantity"), "never below zero");
        assertEquals(false, cheddar.getBoolean("available"), "sold out");
    }

    @Test
    void aReservationTakesAllItsLinesOrNoneAndIsReleasedOnce() {
        String camden = token("camden");
        setStock(camden, CHEDDAR, 3);
        setStock(camden, 206, 1);
        String ordering = serviceToken();

        Response tooMuch = post("/catalog/api/reservations", ordering, null,
                "{\"reference\":\"all-or-none-%s\",\"customerId\":2,\"lines\":[{\"productId\":%d,\"quantity\":2},{\"productId\":206,\"quantity\":2}]}"
                        .formatted(UUID.randomUUID(), CHEDDAR));
        assertEquals(409, tooMuch.status(), tooMuch::toString);
        assertEquals(3, merchantProduct(camden, CHEDDAR).getInt("stockQuantity"), "the cheddar line was not kept");

        String reference = "release-" + UUID.randomUUID();
        Response reserved = post("/catalog/api/reservations", ordering, null, reservation(reference, CHEDDAR, 2));
        assertEquals("HELD", reserved.object().getString("status"), reserved::toString);
        Response again = post("/catalog/api/reservations", ordering, null, reservation(reference, CHEDDAR, 2));
        assertEquals(200, again.status(), "the same reference again takes nothing more");
        assertEquals(1, merchantProduct(camden, CHEDDAR).getInt("stockQuantity"));

        assertEquals(403, delete("/catalog/api/reservations/" + reference, token("ben")).status(),
                "a customer cannot release it");
        assertEquals("RELEASED", delete("/catalog/api/reservations/" + reference, ordering).object().getString("status"));
        assertEquals("RELEASED", delete("/catalog/api/reservations/" + reference, ordering).object().getString("status"));
        assertEquals(3, merchantProduct(camden, CHEDDAR).getInt("stockQuantity"), "given back once, not twice");
    }

    @Test
    void concurrentCheckoutsOfTheLastItemsPlaceExactlyAsManyOrders() throws Exception {
        String camden = token("camden");
        setStock(camden, SOURDOUGH, 2);
        String ben = token("ben");

        List<Response> answers = Race.run(6, i -> post("/ordering/api/orders", ben, UUID.randomUUID().toString(),
                Orders.atCamden(SOURDOUGH, 1, 3)));

        assertEquals(2, answers.stream().filter(r -> r.status() == 201).count(), answers::toString);
        List<Response> refused = answers.stream().filter(r -> r.status() == 409).toList();
        assertEquals(4, refused.size(), answers::toString);
        assertTrue(refused.stream().allMatch(r -> r.object().getString("code").startsWith("problem.order.")),
                refused::toString);
        assertEquals(0, merchantProduct(camden, SOURDOUGH).getInt("stockQuantity"));
    }

    @Test
    void aDeclinedPaymentGivesTheStockBack() {
        String camden = token("camden");
        setStock(camden, CHEDDAR, 4);
        // alice's card 2 is declined by the sandbox gateway; Camden is in London but alice may order there.
        Response declined = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                Orders.atCamden(CHEDDAR, 3, 2));
        assertEquals(402, declined.status(), declined::toString);
        assertEquals(4, merchantProduct(camden, CHEDDAR).getInt("stockQuantity"), "nothing kept for a declined order");
    }

    @Test
    void aMerchantChangesOnlyItsOwnProductsAndBadInputChangesNothing() {
        String camden = token("camden");
        String marcel = token("marcel");

        Response foreign = patch("/catalog/api/merchant/products/101", camden, "{\"priceMinor\": 1}");
        assertEquals(404, foreign.status(), "Chez Marcel's dish is not Camden's: " + foreign);
        assertEquals(404, patch("/catalog/api/merchant/products/999999", camden, "{\"priceMinor\": 1}").status());
        assertTrue(get("/catalog/api/merchant/products", camden).array().stream()
                .allMatch(p -> p.asJsonObject().getInt("merchantId") == 2), "only Camden's own products are listed");
        assertEquals(403, patch("/catalog/api/merchant/products/101", token("alice"), "{\"priceMinor\": 1}").status(),
                "customers change no prices");
        assertEquals(401, patch("/catalog/api/merchant/products/101", null, "{\"priceMinor\": 1}").status());

        long before = merchantProduct(marcel, 102).getJsonNumber("priceMinor").longValue();
        Response negative = patch("/catalog/api/merchant/products/102", marcel, "{\"priceMinor\": -5, \"available\": false}");
        assertEquals(400, negative.status(), negative::toString);
        assertEquals("problem.catalog.negativePrice", negative.object().getString("code"));
        JsonObject unchanged = merchantProduct(marcel, 102);
        assertEquals(before, unchanged.getJsonNumber("priceMinor").longValue());
        assertTrue(unchanged.getBoolean("available"), "nothing of the refused change was applied");
        Response negativeStock = patch("/catalog/api/merchant/products/" + CHEDDAR, camden, "{\"stockQuantity\": -1}");
        assertEquals("problem.catalog.negativeStock", negativeStock.object().getString("code"), negativeStock::toString);
        Response past = patch("/catalog/api/merchant/products/102", marcel,
                "{\"available\": false, \"unavailableUntil\": \"2020-01-01T00:00:00Z\"}");
        assertEquals("problem.catalog.untilInThePast", past.object().getString("code"), past::toString);
    }

    @Test
    void anEightySixUntilATimeMakesTheDishUnorderableUntilThen() {
        String marcel = token("marcel");
        Response eightySixed = patch("/catalog/api/merchant/products/106", marcel,
                "{\"available\": false, \"unavailableUntil\": \"2999-01-01T12:00:00Z\"}");
        assertEquals(200, eightySixed.status(), eightySixed::toString);
        assertEquals(false, eightySixed.object().getBoolean("available"));
        assertEquals("2999-01-01T12:00:00Z", eightySixed.object().getString("unavailableUntil"));
        Response order = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                Orders.inParis(1, 106, 1, 1));
        assertEquals(409, order.status(), order::toString);
        assertEquals(200, patch("/catalog/api/merchant/products/106", marcel, "{\"available\": true}").status());
        assertEquals(true, merchantProduct(marcel, 106).getBoolean("available"));
    }

    @Test
    void aCustomerOrderingMoreThanIsLeftIsToldWhichProductRanShortAndNothingIsPlacedOrHeld() {
        String camden = token("camden");
        String ben = token("ben");
        setStock(camden, CHEDDAR, 2);
        String key = UUID.randomUUID().toString();

        Response tooMany = post("/ordering/api/orders", ben, key, Orders.atCamden(CHEDDAR, 3, 3));
        assertEquals(409, tooMany.status(), tooMany::toString);
        assertEquals("problem.order.outOfStock", tooMany.object().getString("code"));
        assertEquals(List.of(CHEDDAR), tooMany.object().getJsonObject("errors").getJsonArray("productIds")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList());
        assertTrue(get("/ordering/api/orders?idempotencyKey=" + key, ben).array().stream()
                .allMatch(o -> "FAILED".equals(o.asJsonObject().getString("status"))), "nothing placed under the key");
        assertEquals(2, merchantProduct(camden, CHEDDAR).getInt("stockQuantity"), "nothing held");
        Response retried = post("/ordering/api/orders", ben, key, Orders.atCamden(CHEDDAR, 3, 3));
        assertEquals(409, retried.status(), "the same request again gets the same answer: " + retried);
        assertEquals(2, merchantProduct(camden, CHEDDAR).getInt("stockQuantity"), "still nothing held");

        Response lastTwo = post("/ordering/api/orders", ben, UUID.randomUUID().toString(),
                Orders.atCamden(CHEDDAR, 2, 3));
        assertEquals(201, lastTwo.status(), "what is left can be ordered: " + lastTwo);
        JsonObject soldOut = merchantProduct(camden, CHEDDAR);
        assertEquals(0, soldOut.getInt("stockQuantity"));
        assertEquals(false, soldOut.getBoolean("available"), "sold out");
        long id = lastTwo.object().getJsonNumber("id").longValue();
        assertEquals("CANCELLED", post("/ordering/api/orders/" + id + "/cancel", ben, null, null).object()
                .getString("status"));
    }

    private static void setStock(String merchant, long productId, int quantity) {
        Response set = patch("/catalog/api/merchant/products/" + productId, merchant,
                "{\"stockQuantity\": " + quantity + ", \"available\": true}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(quantity, set.object().getInt("stockQuantity"));
    }

    private static JsonObject merchantProduct(String merchant, long productId) {
        return get("/catalog/api/merchant/products", merchant).array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("id").longValue() == productId).findFirst()
                .orElseThrow(() -> new AssertionError("product " + productId + " not listed"));
    }

    static String reservation(String reference, long productId, int quantity) {
        return "{\"reference\":\"%s\",\"customerId\":2,\"lines\":[{\"productId\":%d,\"quantity\":%d}]}"
                .formatted(reference, productId, quantity);
    }
}
