package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders for a later slot: placed (paid, stock and kitchen place held) for a slot the store offers, waiting as
 * SCHEDULED, cancellable until then, and released to the merchant when the kitchen must soon start, even when the
 * platform was restarted in between.
 */
@ExtendWith(Platform.class)
class ScheduledOrdersIT {

    /** Camden Greens, open around the clock in the demo data; ben pays with card 3. */
    private static final long CAMDEN = 2;
    private static final long MILK = 206;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** ordering.schedule.release-ahead, the platform's default: an order goes to its merchant this long before cooking. */
    private static final Duration RELEASE_AHEAD = Duration.ofMinutes(15);

    @Test
    void aScheduledOrderWaitsPaidAndHeldAndItsCustomerMayCancelItUntilItIsReleased() {
        String ben = token("ben");
        String camden = token("camden");
        stockMilk(camden);
        JsonObject slot = slots(LocalDate.now(LONDON).plusDays(1)).get(40);
        String windowStart = slot.getString("start");
        int usedBefore = used(windowStart);

        Response placed = post("/ordering/api/orders", ben, UUID.randomUUID().toString(), milkFor(windowStart));
        assertEquals(201, placed.status(), placed::toString);
        JsonObject order = placed.object();
        long id = order.getJsonNumber("id").longValue();
        assertEquals("SCHEDULED", order.getString("status"));
        assertEquals(windowStart, order.getString("scheduledFor"));
        assertTrue(!order.containsKey("acceptBy") || order.isNull("acceptBy"), "nobody has to answer yet");
        assertEquals(usedBefore + 1, used(windowStart), "its place in the slot's window is held");

        assertTrue(get("/ordering/api/orders", camden).array().stream()
                .anyMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id
                        && "SCHEDULED".equals(o.asJsonObject().getString("status"))), "the merchant sees it coming");
        assertEquals(409, post("/ordering/api/orders/" + id + "/accept", camden, null,
                "{\"preparationMinutes\": 10}").status(), "not the kitchen's to accept before its release");

        assertEquals("CANCELLED", post("/ordering/api/orders/" + id + "/cancel", ben, null, null).object()
                .getString("status"));
        Eventually.await("the cancelled order's kitchen place is given back", Duration.ofSeconds(20),
                () -> used(windowStart), used -> used == usedBefore);
    }

    @Test
    void aSlotTheStoreDoesNotOfferCreatesNothing() {
        String ben = token("ben");
        Instant tomorrowNoon = LocalDate.now(LONDON).plusDays(1).atTime(12, 7).atZone(LONDON).toInstant();
        for (Instant refused : List.of(tomorrowNoon, Instant.now().minusSeconds(3600),
                Instant.now().plus(Duration.ofDays(9)).truncatedTo(java.time.temporal.ChronoUnit.HOURS))) {
            String key = UUID.randomUUID().toString();
            Response answer = post("/ordering/api/orders", ben, key, milkFor(refused.toString()));
            assertEquals(409, answer.status(), () -> refused + " -> " + answer);
            assertEquals("problem.order.slotUnavailable", answer.object().getString("code"));
            assertEquals(0, get("/ordering/api/orders?idempotencyKey=" + key, ben).array().size(), "nothing created");
        }
        Response garbage = post("/ordering/api/orders", ben, UUID.randomUUID().toString(), milkFor("tomorrow at noon"));
        assertEquals(400, garbage.status(), garbage::toString);
    }

    @Test
    void aScheduledOrderIsReleasedToItsMerchantOnTimeAfterTheServerWasKilledAndRestarted() throws Exception {
        String camden = token("camden");
        stockMilk(camden);
        // The first slot whose release is far enough away to restart the platform before it
        Instant earliestRelease = Instant.now().plusSeconds(100);
        List<JsonObject> candidates = new ArrayList<>(slots(LocalDate.now(LONDON)));
        candidates.addAll(slots(LocalDate.now(LONDON).plusDays(1)));
        JsonObject slot = candidates.stream()
                .filter(s -> !release(s).isBefore(earliestRelease))
                .min(Comparator.comparing(ScheduledOrdersIT::release)).orElseThrow();
        Instant releaseAt = release(slot);

        JsonObject order = post("/ordering/api/orders", token("ben"), UUID.randomUUID().toString(),
                milkFor(slot.getString("start"))).object();
        long id = order.getJsonNumber("id").longValue();
        assertEquals("SCHEDULED", order.getString("status"));

        Platform.crashAndRestart(Platform.Crash.PAYARA);

        String ben = token("ben");
        if (Instant.now().isBefore(releaseAt.minusSeconds(10))) {
            assertEquals("SCHEDULED", get("/ordering/api/orders/" + id, ben).object().getString("status"),
                    "not released before its time");
        }
        Duration wait = Duration.between(Instant.now(), releaseAt).plusSeconds(30);
        // The wait can outlast an access token (15 minutes): token() gives a fresh one when the cached one runs out
        JsonObject released = Eventually.await("order " + id + " released at " + releaseAt, wait,
                () -> get("/ordering/api/orders/" + id, token("ben")).object(),
                o -> "PLACED".equals(o.getString("status")));
        Instant acceptBy = Instant.parse(released.getString("acceptBy"));
        assertFalse(acceptBy.isBefore(releaseAt.plus(Platform.ACCEPTANCE_DEADLINE)),
                "released at its time, not before: accept by " + acceptBy);
        assertTrue(acceptBy.isBefore(Instant.now().plus(Platform.ACCEPTANCE_DEADLINE).plusSeconds(1)));
    }

    /** When an order for the slot goes to the merchant: the platform's release-ahead before its kitchen starts. */
    private static Instant release(JsonObject slot) {
        return Instant.parse(slot.getString("cookFrom")).minus(RELEASE_AHEAD);
    }

    private static List<JsonObject> slots(LocalDate day) {
        Response slots = get("/catalog/api/stores/" + CAMDEN + "/slots?date=" + day, null);
        assertEquals(200, slots.status(), slots::toString);
        return slots.array().getValuesAs(JsonObject.class);
    }

    private static int used(String windowStart) {
        JsonObject window = get("/catalog/api/stores/" + CAMDEN + "/capacity?windows=1&from=" + windowStart, null)
                .array().getJsonObject(0);
        assertEquals(windowStart, window.getString("start"));
        return window.getInt("used");
    }

    private static void stockMilk(String camden) {
        Response stocked = patch("/catalog/api/merchant/products/" + MILK, camden,
                "{\"stockQuantity\": 30, \"available\": true}");
        assertEquals(200, stocked.status(), stocked::toString);
    }

    private static String milkFor(String slotStart) {
        return """
                {"storeId": %d, "lines": [{"productId": %d, "quantity": 1}], "paymentMethodId": 3,
                 "deliveryAddress": "1 Camden Road, London", "scheduledFor": "%s"}""".formatted(CAMDEN, MILK, slotStart);
    }
}
