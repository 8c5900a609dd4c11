package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import io.quartier.systemtests.support.Race;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kitchen capacity over REST: orders are counted per 15-minute window from ordering's events, and once a window
 * holds as many as the store's limit, checkout refuses the next. Only the store's merchant sets the limit, 1 to
 * 1000 or none. Other tests order at the same store, so this one reads the count first and sets its limit above.
 */
@ExtendWith(Platform.class)
class KitchenCapacityIT {

    /** Camden Greens: open around the clock in the demo data, so the test runs at any hour. */
    private static final long CAMDEN_STORE = 2;
    /** Camden's milk; its stock is set first, since other tests change it. */
    private static final long MILK = 206;

    private static final String CAPACITY = "/catalog/api/stores/" + CAMDEN_STORE + "/capacity";
    private static final String LIMIT = "/catalog/api/merchant/stores/" + CAMDEN_STORE + "/capacity";
    /** What the test needs of one window: a few orders and their events. */
    private static final Duration TIME_NEEDED = Duration.ofSeconds(90);

    @Test
    void theOrderAfterTheWindowsLimitIsRefusedUntilTheLimitIsLifted() {
        String camden = token("camden");
        String ben = token("ben");
        Response stocked = patch("/catalog/api/merchant/products/" + MILK, camden,
                "{\"stockQuantity\": 20, \"available\": true}");
        assertEquals(200, stocked.status(), stocked::toString);
        JsonObject window = windowWithTimeToSpare();
        int used = settledCount();
        try {
            Response limited = put(LIMIT, camden, "{\"maxOrdersPerWindow\": " + (used + 2) + "}");
            assertEquals(200, limited.status(), limited::toString);
            assertEquals(used + 2, limited.object().getInt("maxOrdersPerWindow"));

            for (int i = 0; i < 2; i++) {
                Response order = order(ben);
                assertEquals(201, order.status(), order::toString);
            }
            JsonObject full = Eventually.await("both orders are counted", Duration.ofSeconds(20),
                    KitchenCapacityIT::current, w -> w.getInt("used") >= used + 2);
            assertEquals(window.getString("start"), full.getString("start"), "still the same window");
            assertEquals(0, full.getInt("free"), full::toString);

            Response refused = order(ben);
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("problem.order.kitchenFull", refused.object().getString("code"));
        } finally {
            Response lifted = put(LIMIT, camden, "{\"maxOrdersPerWindow\": null}");
            assertEquals(200, lifted.status(), lifted::toString);
            assertTrue(none(lifted.object(), "maxOrdersPerWindow"), lifted::toString);
        }
        JsonObject unlimited = current();
        assertTrue(none(unlimited, "max") && none(unlimited, "free"), unlimited::toString);
        Response order = order(ben);
        assertEquals(201, order.status(), "without a limit the kitchen takes it: " + order);
    }

    @Test
    void twentyCheckoutsAtOnceForTheLastThreePlacesMakeThreeOrders() throws Exception {
        String camden = token("camden");
        String ben = token("ben");
        Response stocked = patch("/catalog/api/merchant/products/" + MILK, camden,
                "{\"stockQuantity\": 40, \"available\": true}");
        assertEquals(200, stocked.status(), stocked::toString);
        JsonObject window = windowWithTimeToSpare();
        int used = settledCount();
        try {
            assertEquals(200, put(LIMIT, camden, "{\"maxOrdersPerWindow\": " + (used + 3) + "}").status());

            List<Response> answers = Race.run(20, i -> order(ben));

            assertEquals(3, answers.stream().filter(r -> r.status() == 201).count(), answers::toString);
            assertTrue(answers.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409
                    && "problem.order.kitchenFull".equals(r.object().getString("code"))), answers::toString);
            JsonObject full = current();
            assertEquals(window.getString("start"), full.getString("start"), "still the same window");
            assertEquals(used + 3, full.getInt("used"), "counted when their stock was held, never past the limit");
            assertEquals(0, full.getInt("free"));
        } finally {
            assertEquals(200, put(LIMIT, camden, "{\"maxOrdersPerWindow\": null}").status());
        }
    }

    @Test
    void anyoneReadsTheSlotsOfADayOnTheStoresClockForAPlaceItDeliversTo() {
        String slots = "/catalog/api/stores/" + CAMDEN_STORE + "/slots";
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        Response day = get(slots + "?date=" + tomorrow + "&lat=51.539&lon=-0.1426", null);
        assertEquals(200, day.status(), day::toString);
        List<JsonObject> offered = day.array().getValuesAs(JsonObject.class);
        assertTrue(offered.size() >= 90, "open around the clock: nearly every window of the day, " + offered.size());
        JsonObject first = offered.get(0);
        assertEquals("00:00", first.getString("localTime"));
        assertEquals(Duration.ofMinutes(15), Duration.between(Instant.parse(first.getString("start")),
                Instant.parse(first.getString("end"))));
        assertTrue(Instant.parse(first.getString("cookFrom")).isBefore(Instant.parse(first.getString("start"))));

        List<JsonObject> today = get(slots + "?date=" + LocalDate.now(ZoneId.of("Europe/London")), null).array()
                .getValuesAs(JsonObject.class);
        assertTrue(today.isEmpty() || Instant.parse(today.get(0).getString("start")).isAfter(Instant.now()),
                "nothing in the past");

        assertEquals(409, get(slots + "?date=" + tomorrow + "&lat=48.8827&lon=2.3387", null).status(),
                "Camden does not deliver to Paris");
        assertEquals(400, get(slots + "?date=" + tomorrow.plusDays(8), null).status(), "more than a week ahead");
        assertEquals(400, get(slots + "?date=tomorrow", null).status());
        assertEquals(400, get(slots + "?date=" + "9".repeat(5000), null).status());
        assertEquals(400, get(slots + "?date=" + tomorrow + "&lat=95&lon=0", null).status());
        assertEquals(404, get("/catalog/api/stores/999999/slots?date=" + tomorrow, null).status());
    }

    @Test
    void onlyTheStoresMerchantSetsALimitAndOnlyOneToAThousand() {
        Response foreign = put(LIMIT, token("marcel"), "{\"maxOrdersPerWindow\": 5}");
        assertEquals(404, foreign.status(), "Camden Greens is not Chez Marcel's: " + foreign);
        assertEquals(403, put(LIMIT, token("ben"), "{\"maxOrdersPerWindow\": 5}").status(), "customers set no limit");

        String camden = token("camden");
        for (String refused : new String[] {"0", "-1", "1001"}) {
            Response invalid = put(LIMIT, camden, "{\"maxOrdersPerWindow\": " + refused + "}");
            assertEquals(400, invalid.status(), invalid::toString);
            assertEquals("catalog.capacity.invalid", invalid.object().getString("code"));
        }
        assertTrue(none(current(), "max"), "nothing refused was kept");
    }

    @Test
    void anyoneReadsTheWindowsAheadUpToADayAtOnce() {
        Response ahead = get(CAPACITY + "?from=2030-06-15T10:07:00Z&windows=3", null);
        assertEquals(200, ahead.status(), ahead::toString);
        assertEquals(3, ahead.array().size());
        JsonObject first = ahead.array().getJsonObject(0);
        assertEquals("2030-06-15T10:00:00Z", first.getString("start"), "a quarter hour on London's clock");
        assertEquals("2030-06-15T10:15:00Z", first.getString("end"));
        assertEquals("2030-06-15T10:15:00Z", ahead.array().getJsonObject(1).getString("start"));
        assertEquals(8, get(CAPACITY, null).array().size(), "eight windows from now unless asked");

        assertEquals(400, get(CAPACITY + "?windows=97", null).status());
        assertEquals(400, get(CAPACITY + "?windows=0", null).status());
        assertEquals(400, get(CAPACITY + "?from=tomorrow", null).status());
        assertEquals(404, get("/catalog/api/stores/999999/capacity", null).status());
    }

    /**
     * The current window, once it has {@link #TIME_NEEDED} left: near its end, the next one is waited for, so the
     * orders of the test all fall in one window.
     */
    private static JsonObject windowWithTimeToSpare() {
        JsonObject window = current();
        Duration left = Duration.between(Instant.now(), Instant.parse(window.getString("end")));
        if (left.compareTo(TIME_NEEDED) < 0) {
            sleep(left.plusSeconds(1));
            window = current();
        }
        return window;
    }

    /** The current window's count once events of earlier tests stop arriving: two reads a second apart agree. */
    private static int settledCount() {
        return Eventually.await("the count settles", Duration.ofSeconds(20), () -> {
            int before = current().getInt("used");
            sleep(Duration.ofSeconds(1));
            return current().getInt("used") == before ? before : -1;
        }, used -> used >= 0);
    }

    private static JsonObject current() {
        Response windows = get(CAPACITY + "?windows=1", null);
        assertEquals(200, windows.status(), windows::toString);
        return windows.array().getJsonObject(0);
    }

    /** Null, which JSON-B leaves out. */
    private static boolean none(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static Response order(String customer) {
        return post("/ordering/api/orders", customer, UUID.randomUUID().toString(), Orders.atCamden(MILK, 1, 3));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
