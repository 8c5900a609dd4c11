package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stores that deliver to a place, over the catalog's public API: only those whose radius covers it, open ones
 * first, each with distance, fee and time; filters and a search in the reader's language; bad input refused.
 * Demo data: Chez Marcel (store 1, Paris 9e, radius 3 km, open around the clock), Fromagerie Dupont (store 3,
 * Paris 18e, radius 2.5 km or 2 km after StoreHoursIT, 08:00-23:30), Camden Greens (store 2, London, 4 km).
 */
@ExtendWith(Platform.class)
class StoreFinderIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Rue des Abbesses, 60 m from the Fromagerie and 540 m from Chez Marcel. */
    private static final String ABBESSES = "lat=48.8840&lon=2.3385";
    /** Île de la Cité: 2.8 km from Chez Marcel, 3.4 km from the Fromagerie. */
    private static final String CITE = "lat=48.8544&lon=2.3353";
    /** Mornington Crescent, 1.1 km south of Camden Greens. */
    private static final String CAMDEN = "lat=51.5290&lon=-0.1426";

    @Test
    void aParisAddressFindsTheParisStoresWithDistanceFeeAndTimeAndNotLondons() {
        JsonArray found = nearby(ABBESSES);
        assertEquals(List.of(1L, 3L), ids(found).stream().sorted().toList(), found::toString);
        JsonObject marcel = byId(found, 1);
        long metres = marcel.getJsonNumber("distanceMetres").longValue();
        assertTrue(metres > 500 && metres < 580, "about 540 m: " + metres);
        assertEquals("EUR", marcel.getString("currency"));
        assertEquals("Europe/Paris", marcel.getString("timeZone"));
        assertEquals("RESTAURANT", marcel.getString("merchantType"));
        assertEquals(199, marcel.getJsonNumber("deliveryFeeMinor").longValue(), "within the first kilometre");
        assertEquals(20 + (metres * 130 + 24_999) / 25_000, marcel.getInt("deliveryMinutes"),
                "20 minutes' preparation and the ride at 250 m a minute on streets 30 % longer");

        JsonArray fromTheCite = nearby(CITE);
        assertEquals(List.of(1L), ids(fromTheCite), "the Fromagerie does not deliver 3.4 km away");
        assertEquals(199 + 2 * 50, byId(fromTheCite, 1).getJsonNumber("deliveryFeeMinor").longValue(),
                "2.8 km: two kilometres started beyond the first");

        JsonArray inLondon = nearby(CAMDEN);
        assertEquals(List.of(2L), ids(inLondon));
        assertEquals("GBP", inLondon.getJsonObject(0).getString("currency"));
        assertEquals(List.of(), ids(nearby("lat=0&lon=0")), "nobody delivers to the Gulf of Guinea");
    }

    @Test
    void aStoreWithoutARadiusDeliversThreeKilometres() {
        String camden = token("camden");
        JsonObject store = get("/catalog/api/stores/2", null).object();
        String before = contact(store.getString("phone"), store.getString("email"), store.getInt("deliveryRadiusMetres"));
        try {
            assertEquals(200, put("/catalog/api/merchant/stores/2/contact", camden,
                    contact(store.getString("phone"), store.getString("email"), null)).status());
            assertEquals(List.of(2L), ids(nearby("lat=51.5122&lon=-0.1426")), "2,980 m: within");
            assertEquals(List.of(), ids(nearby("lat=51.5119&lon=-0.1426")), "3,013 m: beyond");
        } finally {
            assertEquals(200, put("/catalog/api/merchant/stores/2/contact", camden, before).status());
        }
        assertEquals(List.of(2L), ids(nearby("lat=51.5119&lon=-0.1426")), "its 4 km again");
    }

    @Test
    void openStoresComeFirstThenThoseOpeningLaterTodayThenPausedOnesWithWhenTheyOpen() {
        LocalDateTime parisNow = LocalDateTime.now(PARIS);
        // The Fromagerie is made to open later today in Paris: an hour from now, or halfway to midnight late at night.
        long minutesToMidnight = java.time.Duration.between(parisNow.toLocalTime(), LocalTime.MAX).toMinutes();
        assumeTrue(minutesToMidnight >= 6, "less than six minutes of today left in Paris");
        String marcel = token("marcel");
        String fromagerie = token("fromagerie");
        JsonArray week = get("/catalog/api/merchant/stores/3/hours", fromagerie).object().getJsonArray("week");
        try {
            setWeek(fromagerie, "[" + allDayEveryDay() + "]");
            assertEquals(List.of(3L, 1L), ids(nearby(ABBESSES)), "both open: nearest first");

            LocalTime opens = parisNow.toLocalTime().plusMinutes(Math.min(60, minutesToMidnight / 2))
                    .truncatedTo(ChronoUnit.MINUTES);
            setWeek(fromagerie, "[" + range(parisNow.getDayOfWeek(), opens.toString(), "23:59") + "]");
            JsonArray laterToday = nearby(ABBESSES);
            assertEquals(List.of(1L, 3L), ids(laterToday), "open before near");
            assertEquals("OPEN_NOW", byId(laterToday, 1).getString("availability"));
            assertFalse(byId(laterToday, 1).containsKey("opensAt"), "open now: no opening to wait for");
            JsonObject later = byId(laterToday, 3);
            assertEquals("OPENS_LATER_TODAY", later.getString("availability"));
            assertEquals("CLOSED", later.getString("status"));
            assertEquals(parisNow.toLocalDate().atTime(opens).atZone(PARIS).toInstant(),
                    Instant.parse(later.getString("opensAt")));

            JsonObject paused = put("/catalog/api/merchant/stores/1/pause", marcel, "{\"minutes\": 15}").object();
            JsonArray withPause = nearby(ABBESSES);
            assertEquals(List.of(3L, 1L), ids(withPause), "paused last, though it takes orders again sooner");
            assertEquals("NOT_TODAY", byId(withPause, 1).getString("availability"));
            assertEquals("PAUSED", byId(withPause, 1).getString("status"));
            assertEquals(paused.getString("pausedUntil"), byId(withPause, 1).getString("opensAt"));
        } finally {
            delete("/catalog/api/merchant/stores/1/pause", marcel);
            setWeek(fromagerie, week.toString());
        }
    }

    @Test
    void aStoreClosedForTheDayIsStillListedLastWithItsNextOpening() {
        String marcel = token("marcel");
        String fromagerie = token("fromagerie");
        String today = java.time.LocalDate.now(PARIS).toString();
        // the Fromagerie, open at any hour the test runs, is listed before
        JsonArray week = get("/catalog/api/merchant/stores/3/hours", fromagerie).object().getJsonArray("week");
        try {
            setWeek(fromagerie, "[" + allDayEveryDay() + "]");
            Response closure = post("/catalog/api/merchant/stores/1/closures", marcel, null,
                    "{\"firstDay\": \"" + today + "\", \"lastDay\": \"" + today + "\"}");
            assertEquals("CLOSED_EXCEPTIONALLY", closure.object().getString("status"), closure::toString);
            JsonArray found = nearby(ABBESSES);
            assertEquals(1L, ids(found).get(ids(found).size() - 1), found::toString);
            JsonObject closed = byId(found, 1);
            assertEquals("CLOSED_EXCEPTIONALLY", closed.getString("status"));
            assertEquals("NOT_TODAY", closed.getString("availability"));
            assertEquals(java.time.LocalDate.now(PARIS).plusDays(1).atStartOfDay(PARIS).toInstant(),
                    Instant.parse(closed.getString("opensAt")), "open around the clock from tomorrow");
        } finally {
            delete("/catalog/api/merchant/stores/1/closures/" + today, marcel);
            setWeek(fromagerie, week.toString());
        }
    }

    @Test
    void filtersKeepTheStoresOfATypeWithAShelfOrADietaryTag() {
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&type=specialty")));
        assertEquals(List.of(1L), ids(nearby(ABBESSES + "&type=RESTAURANT")));
        assertEquals(List.of(1L), ids(nearby(ABBESSES + "&tag=vegetarian")), "Chez Marcel's desserts");
        assertEquals(List.of(), ids(nearby(ABBESSES + "&tag=VEGAN")));
        assertEquals(List.of(2L), ids(nearby(CAMDEN + "&tag=vegan&type=grocery")));
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&shelf=fromages&lang=fr")));
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&shelf=Cheeses&lang=en")));
        assertEquals(List.of(), ids(nearby(ABBESSES + "&shelf=Cheeses&lang=fr")), "a French reader's shelf is Fromages");
    }

    @Test
    void searchFindsAStoreByItsNameOrAProductsNameInTheReadersLanguageElseTheStores() {
        assertEquals(List.of(1L), ids(nearby(ABBESSES + "&q=" + encoded("CHEZ mar"))));
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&q=camembert&lang=fr")));
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&q=" + encoded("demi-sel") + "&lang=fr")));
        assertEquals(List.of(), ids(nearby(ABBESSES + "&q=butter&lang=fr")), "in French it is beurre");
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&q=butter&lang=en")));
        // No product has German names: a German reader reads the store's French ones, not the English.
        assertEquals(List.of(3L), ids(nearby(ABBESSES + "&q=beurre&lang=de")));
        assertEquals(List.of(), ids(nearby(ABBESSES + "&q=butter&lang=de")));
        assertEquals(List.of(1L), ids(nearby(ABBESSES + "&q=" + encoded("soupe à l'oignon") + "&lang=fr")));
        assertEquals(List.of(), ids(nearby(ABBESSES + "&q=" + encoded("%"))), "a wildcard is a plain character");
        assertEquals(List.of(), ids(nearby(ABBESSES + "&q=" + encoded("_"))));

        assertEquals(List.of(3L), ids(nearbyIn("en", ABBESSES + "&q=butter")), "Accept-Language when no lang");
        assertEquals(List.of(), ids(nearbyIn("fr-FR,fr;q=0.9", ABBESSES + "&q=butter")));
    }

    @Test
    void badInputIsRefusedWithProblemDetails() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("lat=91&lon=2", "catalog.place.invalid"),
                Map.entry("lat=48&lon=-180.5", "catalog.place.invalid"),
                Map.entry("lat=NaN&lon=2", "catalog.place.invalid"),
                Map.entry("lat=48&lon=Infinity", "catalog.place.invalid"),
                Map.entry("lat=abc&lon=2", "catalog.place.invalid"),
                Map.entry("lat=48", "catalog.place.invalid"),
                Map.entry("", "catalog.place.invalid"),
                Map.entry(ABBESSES + "&q=" + "x".repeat(101), "catalog.search.tooLong"),
                Map.entry(ABBESSES + "&type=bakery", "catalog.search.invalidType"),
                Map.entry(ABBESSES + "&tag=carnivore", "catalog.search.invalidTag"),
                Map.entry(ABBESSES + "&lang=xx", "problem.invalidLanguage"));
        refused.forEach((query, code) -> {
            Response r = get("/catalog/api/stores/nearby?" + query, null);
            assertEquals(400, r.status(), query + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
            assertEquals(code, r.object().getString("code"), query);
        });
        assertEquals(400, nearbyResponse("en;q=x", ABBESSES).status(), "an unreadable Accept-Language");
        assertEquals(List.of(), ids(nearby(ABBESSES + "&q=" + "x".repeat(100))), "a hundred characters are searched");
    }

    private static JsonArray nearby(String query) {
        Response r = get("/catalog/api/stores/nearby?" + query, null);
        assertEquals(200, r.status(), query + ": " + r);
        return r.array();
    }

    private static JsonArray nearbyIn(String acceptLanguage, String query) {
        Api.Download r = nearbyResponse(acceptLanguage, query);
        assertEquals(200, r.status(), r::toString);
        return Json.createReader(new ByteArrayInputStream(r.body())).readArray();
    }

    private static Api.Download nearbyResponse(String acceptLanguage, String query) {
        return Api.download("/catalog/api/stores/nearby?" + query, null,
                Map.of("Accept", "application/json", "Accept-Language", acceptLanguage));
    }

    private static List<Long> ids(JsonArray stores) {
        return stores.stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject byId(JsonArray stores, long id) {
        return stores.stream().map(s -> s.asJsonObject()).filter(s -> s.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("store " + id + " not in " + stores));
    }

    private static void setWeek(String merchant, String week) {
        Response r = put("/catalog/api/merchant/stores/3/hours", merchant, "{\"week\": " + week + "}");
        assertEquals(200, r.status(), r::toString);
    }

    private static String allDayEveryDay() {
        return String.join(", ", java.util.Arrays.stream(DayOfWeek.values()).map(d -> range(d, "00:00", "00:00")).toList());
    }

    private static String range(DayOfWeek day, String opens, String closes) {
        return "{\"day\": \"" + day + "\", \"opens\": \"" + opens + "\", \"closes\": \"" + closes + "\"}";
    }

    private static String contact(String phone, String email, Integer radius) {
        return "{\"phone\": \"" + phone + "\", \"email\": \"" + email + "\", \"deliveryRadiusMetres\": " + radius + "}";
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
