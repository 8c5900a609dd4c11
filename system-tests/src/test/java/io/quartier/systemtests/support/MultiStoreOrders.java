package io.quartier.systemtests.support;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Api.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Multi-store orders as the tests place them: Chez Marcel's first dish (store 1, open around the clock) and the
 * Fromagerie's Camembert (store 3, open 08:00 to 23:30 in Paris, made to open around the clock while a test runs, at
 * whatever hour CI runs it), delivered in Paris.
 */
public final class MultiStoreOrders {

    /** The Fromagerie's Camembert (demo data), with tracked stock. */
    public static final long CAMEMBERT = 302;

    /** Where both stores of the basket are. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private MultiStoreOrders() {
    }

    /** Opens the Fromagerie around the clock; answers its week as it was, for {@link #restoreFromagerie}. */
    public static String openFromagerieAroundTheClock() {
        return StoreHours.openAroundTheClock(3, "fromagerie");
    }

    public static void restoreFromagerie(String week) {
        StoreHours.restore(3, "fromagerie", week);
    }

    /** Places the two-store basket as the customer: created (201), with one order a store. */
    public static JsonObject place(String customer, long paymentMethodId, long tipMinor) {
        Response placed = post("/ordering/api/orders/groups", customer, UUID.randomUUID().toString(),
                basket(paymentMethodId, tipMinor));
        assertEquals(201, placed.status(), placed::toString);
        return placed.object();
    }

    /** Chez Marcel's first dish and the Fromagerie's Camembert, delivered in Paris. */
    public static String basket(long paymentMethodId, long tipMinor) {
        return """
                {"parts": [{"storeId": 1, "lines": [{"productId": 101, "quantity": 1}]},
                           {"storeId": 3, "lines": [{"productId": %d, "quantity": 1}]}],
                 "paymentMethodId": %d, "deliveryAddress": "12 rue des Martyrs, 75009 Paris", "tipMinor": %d}"""
                .formatted(CAMEMBERT, paymentMethodId, tipMinor);
    }

    /** The same basket for the slot starting {@code slotStart}. */
    public static String basketFor(String slotStart, long paymentMethodId) {
        String asap = basket(paymentMethodId, 0);
        return asap.substring(0, asap.lastIndexOf('}')) + ", \"scheduledFor\": \"" + slotStart + "\"}";
    }

    /** The starts of the slots the store offers on its day {@code day} (Paris, for both stores of the basket). */
    public static List<String> slots(long storeId, LocalDate day) {
        Response slots = get("/catalog/api/stores/" + storeId + "/slots?date=" + day, null);
        assertEquals(200, slots.status(), slots::toString);
        return slots.array().getValuesAs(JsonObject.class).stream().map(s -> s.getString("start")).toList();
    }

    /** The starts of the slots tomorrow (in Paris) that Chez Marcel and the Fromagerie both offer. */
    public static List<String> slotsBothOfferTomorrow() {
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        List<String> fromagerie = slots(3, tomorrow);
        return slots(1, tomorrow).stream().filter(fromagerie::contains).toList();
    }

    /** Orders held in the store's kitchen window starting {@code windowStart}. */
    public static int used(long storeId, String windowStart) {
        JsonObject window = get("/catalog/api/stores/" + storeId + "/capacity?windows=1&from=" + windowStart, null)
                .array().getJsonObject(0);
        assertEquals(windowStart, window.getString("start"));
        return window.getInt("used");
    }

    /** The merchant accepts its part (within the test platform's minute to accept). */
    public static void accept(long orderId, String merchant) {
        Response accepted = post("/ordering/api/orders/" + orderId + "/accept", token(merchant), null,
                "{\"preparationMinutes\": 10}");
        assertEquals(200, accepted.status(), accepted::toString);
    }

    public static List<JsonObject> parts(JsonObject group) {
        return group.getJsonArray("parts").stream().map(JsonValue::asJsonObject).toList();
    }
}
