package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.getAny;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The menu API is served from the catalog's cache, and the cache follows the merchant: a new price or a new stock
 * count shows in the menu within a couple of seconds (a behaviour check with a short bound, not a speed test), and
 * the French and English menus, each read many times, never take each other's texts or another store's products.
 */
@ExtendWith(Platform.class)
class MenuCacheIT {

    /** Fromagerie Dupont (store 3) and two of its cheeses and butter, used by no other test. */
    private static final long STORE = 3;
    private static final long CROTTIN = 305;
    private static final long BUTTER = 306;
    private static final Duration SOON = Duration.ofSeconds(2);

    @Test
    void aNewPriceAndANewStockCountShowInTheMenuAtOnce() {
        String fromagerie = token("fromagerie");
        long before = product(menu("fr"), CROTTIN).getJsonNumber("priceMinor").longValue();
        menu("fr");

        change(fromagerie, CROTTIN, "{\"priceMinor\": " + (before + 25) + "}");
        Eventually.await("the new price in the French and English menus", SOON,
                () -> List.of(price(menu("fr"), CROTTIN), price(menu("en"), CROTTIN)),
                prices -> prices.equals(List.of(before + 25, before + 25)));

        change(fromagerie, BUTTER, "{\"stockQuantity\": 3, \"available\": true}");
        assertEquals(3, product(menu("fr"), BUTTER).getInt("stockQuantity"), "read once, so now in the cache");
        change(fromagerie, BUTTER, "{\"stockQuantity\": 0}");
        JsonObject soldOut = Eventually.await("the butter sold out in the menu", SOON,
                () -> product(menu("en"), BUTTER), butter -> butter.getInt("stockQuantity") == 0);
        assertEquals(false, soldOut.getBoolean("available"), soldOut::toString);
        change(fromagerie, BUTTER, "{\"stockQuantity\": 40}");
    }

    @Test
    void theFrenchAndEnglishMenusNeverMix() {
        for (int round = 0; round < 5; round++) {
            List<JsonObject> french = menu("fr");
            List<JsonObject> english = menu("en");
            assertEquals("Crottin de Chavignol AOP", product(french, CROTTIN).getString("name"));
            assertEquals("Crottin de Chavignol PDO", product(english, CROTTIN).getString("name"));
            assertEquals("Lightly salted churned butter (250 g)", product(english, BUTTER).getString("name"));
            assertEquals(List.of(STORE), french.stream().map(p -> p.getJsonNumber("storeId").longValue()).distinct()
                    .toList(), "only the store's own products");
            assertEquals(List.of(1L), menuOf(1, "en").stream().map(p -> p.getJsonNumber("storeId").longValue())
                    .distinct().toList(), "another store's menu is its own");
        }
        JsonObject page = getAny("/catalog/api/stores/" + STORE + "/menu?lang=en").object();
        assertEquals(STORE, page.getJsonObject("store").getJsonNumber("id").longValue());
        assertEquals("Crottin de Chavignol PDO", product(page.getJsonArray("products").getValuesAs(JsonObject.class),
                CROTTIN).getString("name"), "the store page's one call speaks the language asked for too");
    }

    private static List<JsonObject> menu(String language) {
        return menuOf(STORE, language);
    }

    private static List<JsonObject> menuOf(long store, String language) {
        Response menu = getAny("/catalog/api/stores/" + store + "/products?lang=" + language);
        assertEquals(200, menu.status(), menu::toString);
        return menu.array().getValuesAs(JsonObject.class);
    }

    private static JsonObject product(List<JsonObject> menu, long productId) {
        return menu.stream().filter(p -> p.getJsonNumber("id").longValue() == productId).findFirst()
                .orElseThrow(() -> new AssertionError("product " + productId + " not in the menu " + menu));
    }

    private static long price(List<JsonObject> menu, long productId) {
        return product(menu, productId).getJsonNumber("priceMinor").longValue();
    }

    private static void change(String merchant, long productId, String json) {
        Response changed = patch("/catalog/api/merchant/products/" + productId, merchant, json);
        assertEquals(200, changed.status(), changed::toString);
    }
}
