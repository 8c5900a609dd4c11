package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening hours, closures and busy mode over REST: the merchant's changes are checked whole, apply to its
 * own stores only, and checkout follows them (a paused or closed store takes no order).
 */
@ExtendWith(Platform.class)
class StoreHoursIT {

    /** Chez Marcel, open around the clock in the demo data. */
    private static final long MARCEL_STORE = 1;

    @Test
    void anInvalidWeekIsRefusedWithEveryViolationAndChangesNothing() {
        String marcel = token("marcel");
        JsonObject before = get("/catalog/api/merchant/stores/1/hours", marcel).object();
        assertEquals("OPEN", before.getString("status"), before::toString);

        Response overlapping = put("/catalog/api/merchant/stores/1/hours", marcel, """
                {"week": [{"day": "FRIDAY", "opens": "18:00", "closes": "02:00"},
                          {"day": "SATURDAY", "opens": "01:00", "closes": "03:00"},
                          {"day": "MONDAY", "opens": "11:30", "closes": "14:30"}]}""");
        assertEquals(400, overlapping.status(), overlapping::toString);
        assertEquals("catalog.hours.invalid", overlapping.object().getString("code"));
        JsonObject violation = overlapping.object().getJsonObject("errors").getJsonArray("violations").getJsonObject(0);
        assertEquals("catalog.hours.overlap", violation.getString("code"), "Friday past midnight runs into Saturday");

        Response malformed = put("/catalog/api/merchant/stores/1/hours", marcel,
                "{\"week\": [{\"day\": \"FUNDAY\", \"opens\": \"25:00\", \"closes\": \"x\"}]}");
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals(before.getJsonArray("week"), get("/catalog/api/merchant/stores/1/hours", marcel).object()
                .getJsonArray("week"), "the week is the one from before");
    }

    @Test
    void aMerchantSeesAndChangesOnlyItsOwnStoresHours() {
        String camden = token("camden");
        assertEquals(404, get("/catalog/api/merchant/stores/1/hours", camden).status());
        assertEquals(404, put("/catalog/api/merchant/stores/1/hours", camden, "{\"week\": []}").status());
        assertEquals(404, put("/catalog/api/merchant/stores/1/pause", camden, "{\"minutes\": 30}").status());
        assertEquals(404, post("/catalog/api/merchant/stores/1/closures", camden, null,
                "{\"firstDay\": \"2031-01-01\", \"lastDay\": \"2031-01-02\"}").status());
        assertEquals(403, get("/catalog/api/merchant/stores/1/hours", token("alice")).status());
        assertTrue(get("/catalog/api/merchant/stores", camden).array().stream()
                .allMatch(s -> s.asJsonObject().getInt("merchantId") == 2));
    }

    @Test
    void aPausedStoreTakesNoOrderUntilItResumes() {
        String marcel = token("marcel");
        try {
            JsonObject paused = put("/catalog/api/merchant/stores/1/pause", marcel, "{\"minutes\": 30}").object();
            assertEquals("PAUSED", paused.getString("status"), paused::toString);
            assertNotNull(paused.getString("pausedUntil"));
            JsonObject publicView = get("/catalog/api/stores/1", null).object();
            assertEquals("PAUSED", publicView.getString("status"));
            assertEquals(paused.getString("pausedUntil"), publicView.getString("nextOpening"),
                    "customers see when it takes orders again");

            Response order = post("/ordering/api/orders", token("alice"), UUID.randomUUID().toString(),
                    Orders.inParis(MARCEL_STORE, 101, 1, 1));
            assertEquals(409, order.status(), order::toString);
            assertEquals("problem.order.storeClosed", order.object().getString("code"));
        } finally {
            assertEquals("OPEN", delete("/catalog/api/merchant/stores/1/pause", marcel).object().getString("status"));
        }
        Orders.place(token("alice"), Orders.inParis(MARCEL_STORE, 101, 1, 1));
    }

    @Test
    void aStoreClosedByItsHoursRefusesAnOrderForNowHoldingNothingAndTakesOneForASlotItOffersLater() {
        String fromagerie = token("fromagerie");
        String alice = token("alice");
        String hours = "/catalog/api/merchant/stores/3/hours";
        String week = get(hours, fromagerie).object().getJsonArray("week").toString();
        LocalDate inTwoDays = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2);
        assertEquals(200, put(hours, fromagerie, "{\"week\": [{\"day\": \"" + inTwoDays.getDayOfWeek()
                + "\", \"opens\": \"10:00\", \"closes\": \"18:00\"}]}").status());
        try {
            JsonObject store = get("/catalog/api/stores/3", null).object();
            assertEquals("CLOSED", store.getString("status"), store::toString);
            assertTrue(store.getString("nextOpening").startsWith(inTwoDays.toString()), store::toString);
            int stock = camembertStock(fromagerie);

            String key = UUID.randomUUID().toString();
            Response now = post("/ordering/api/orders", alice, key, Orders.inParis(3, MultiStoreOrders.CAMEMBERT, 1, 1));
            assertEquals(409, now.status(), now::toString);
            assertEquals("problem.order.storeClosed", now.object().getString("code"));
            assertEquals(0, get("/ordering/api/orders?idempotencyKey=" + key, alice).array().size(), "nothing placed");
            assertEquals(stock, camembertStock(fromagerie), "nothing held");
            assertEquals(List.of(), MultiStoreOrders.slots(3, LocalDate.now(ZoneId.of("Europe/Paris"))),
                    "no slot today");

            List<String> slots = MultiStoreOrders.slots(3, inTwoDays);
            assertTrue(slots.size() > 0, "slots on the day it opens");
            String body = Orders.inParis(3, MultiStoreOrders.CAMEMBERT, 1, 1);
            Response later = post("/ordering/api/orders", alice, UUID.randomUUID().toString(),
                    body.substring(0, body.lastIndexOf('}')) + ", \"scheduledFor\": \"" + slots.get(0) + "\"}");
            assertEquals(201, later.status(), "a closed store takes an order for a time it is open: " + later);
            assertEquals("SCHEDULED", later.object().getString("status"));
            assertEquals("CANCELLED", post("/ordering/api/orders/" + later.object().getJsonNumber("id") + "/cancel",
                    alice, null, null).object().getString("status"));
        } finally {
            assertEquals(200, put(hours, fromagerie, "{\"week\": " + week + "}").status());
        }
    }

    private static int camembertStock(String fromagerie) {
        return get("/catalog/api/merchant/products", fromagerie).array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("id").longValue() == MultiStoreOrders.CAMEMBERT).findFirst()
                .orElseThrow().getInt("stockQuantity");
    }

    @Test
    void contactDetailsAreCheckedAndShownToCustomers() {
        String fromagerie = token("fromagerie");
        Response bad = put("/catalog/api/merchant/stores/3/contact", fromagerie,
                "{\"phone\": \"call me\", \"email\": \"not-an-address\", \"deliveryRadiusMetres\": 3000}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("catalog.store.invalidPhone", bad.object().getString("code"));
        assertEquals(404, put("/catalog/api/merchant/stores/3/contact", token("marcel"),
                "{\"phone\": \"+33 1 00 00 00 00\"}").status(), "not Marcel's store");

        Response saved = put("/catalog/api/merchant/stores/3/contact", fromagerie,
                "{\"phone\": \"+33 1 46 06 99 99\", \"email\": \"fromages@dupont.example\", \"deliveryRadiusMetres\": 2000}");
        assertEquals(200, saved.status(), saved::toString);
        JsonObject publicView = get("/catalog/api/stores/3", null).object();
        assertEquals("+33 1 46 06 99 99", publicView.getString("phone"));
        assertEquals(2000, publicView.getInt("deliveryRadiusMetres"));
    }

    @Test
    void anEightySixUntilATimeEndsByItselfWhenTheTimeComes() {
        String marcel = token("marcel");
        String soon = java.time.Instant.now().plusSeconds(5).toString();
        Response eightySixed = patch("/catalog/api/merchant/products/103", marcel,
                "{\"available\": false, \"unavailableUntil\": \"" + soon + "\"}");
        assertEquals(200, eightySixed.status(), eightySixed::toString);
        // The catalog's clock runs every minute: the dish is back within about a minute of its time.
        JsonObject back = Eventually.await("product 103 back on the shelf", java.time.Duration.ofSeconds(90),
                () -> get("/catalog/api/merchant/products", marcel).array().stream().map(v -> v.asJsonObject())
                        .filter(p -> p.getJsonNumber("id").longValue() == 103).findFirst().orElseThrow(),
                p -> p.getBoolean("available") && !p.containsKey("unavailableUntil"));
        assertTrue(back.getBoolean("available"));
    }

    @Test
    void aClosureClosesTheStoreOnItsDaysOnly() {
        String marcel = token("marcel");
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        try {
            JsonObject closed = post("/catalog/api/merchant/stores/1/closures", marcel, null,
                    "{\"firstDay\": \"" + today + "\", \"lastDay\": \"" + today + "\", \"note\": \"inventaire\"}").object();
            assertEquals("CLOSED_EXCEPTIONALLY", closed.getString("status"), closed::toString);
            assertEquals("inventaire", closed.getJsonArray("closures").getJsonObject(0).getString("note"));

            Response overlapping = post("/catalog/api/merchant/stores/1/closures", marcel, null,
                    "{\"firstDay\": \"" + today + "\", \"lastDay\": \"" + today + "\"}");
            assertEquals(409, overlapping.status(), overlapping::toString);
            assertEquals("catalog.closure.overlap", overlapping.object().getString("code"));
            Response backwards = post("/catalog/api/merchant/stores/1/closures", marcel, null,
                    "{\"firstDay\": \"2031-05-02\", \"lastDay\": \"2031-05-01\"}");
            assertEquals(400, backwards.status(), backwards::toString);
        } finally {
            JsonObject reopened = delete("/catalog/api/merchant/stores/1/closures/" + today, marcel).object();
            assertEquals("OPEN", reopened.getString("status"), reopened::toString);
        }
    }
}
