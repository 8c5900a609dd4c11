package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog editor over REST: shelves and products written in several languages, checked whole (every
 * problem named, nothing kept), shown to customers in their language with the store's as fallback, and
 * never writable by another merchant.
 */
@ExtendWith(Platform.class)
class CatalogEditorIT {

    @Test
    void aNewProductIsShownInTheReadersLanguageWithTheStoresAsFallback() {
        String marcel = token("marcel");
        Response shelf = post("/catalog/api/merchant/stores/1/categories?lang=en", marcel, null,
                "{\"names\": {\"fr\": \"Plateaux\", \"en\": \"Cheese board\"}}");
        assertEquals(201, shelf.status(), shelf::toString);
        long categoryId = shelf.object().getJsonNumber("id").longValue();
        assertEquals("Cheese board", shelf.object().getString("name"));

        Response created = post("/catalog/api/merchant/stores/1/products", marcel, null, """
                {"categoryId": %d, "priceMinor": 1200,
                 "texts": {"fr": {"name": "Assiette de fromages", "description": "Trois fromages affinés"},
                           "en": {"name": "Cheese plate"}},
                 "allergens": ["milk"], "dietaryTags": ["VEGETARIAN"]}""".formatted(categoryId));
        assertEquals(201, created.status(), created::toString);
        JsonObject product = created.object();
        long id = product.getJsonNumber("id").longValue();
        assertEquals(1000, product.getInt("vatBasisPoints"), "a French restaurant's meals: 10 % VAT");
        assertEquals(List.of("MILK"), product.getJsonArray("allergens").getValuesAs(v -> v.toString().replace("\"", "")));

        assertEquals("Cheese plate", publicProduct(1, id, "en").getString("name"));
        JsonObject german = publicProduct(1, id, "de");
        assertEquals("Assiette de fromages", german.getString("name"), "no German text: the store's French");
        assertEquals(categoryId, german.getJsonNumber("categoryId").longValue());
        assertTrue(get("/catalog/api/stores/1/categories?lang=en", null).array().stream()
                .anyMatch(c -> c.asJsonObject().getString("name").equals("Cheese board")));

        // gone again, so the tests after this one find Chez Marcel's menu as the demo data has it
        assertEquals(204, delete("/catalog/api/merchant/products/" + id, marcel).status());
        assertEquals(204, delete("/catalog/api/merchant/categories/" + categoryId, marcel).status());
    }

    @Test
    void aDraftWithProblemsNamesThemAllAndCreatesNothing() {
        String marcel = token("marcel");
        int before = get("/catalog/api/merchant/products", marcel).array().size();

        Response refused = post("/catalog/api/merchant/stores/1/products", marcel, null, """
                {"priceMinor": -100, "texts": {"en": {"name": "Soup of the day"}, "xx": {"name": "?"}},
                 "allergens": ["GLUTEN", "PIXIE_DUST"]}""");

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("catalog.product.invalid", refused.object().getString("code"));
        List<String> codes = refused.object().getJsonObject("errors").getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(codes.containsAll(List.of("catalog.product.fallbackNameMissing", "catalog.unsupportedLanguage",
                "problem.catalog.negativePrice", "catalog.product.unknownLabel")), codes::toString);
        assertEquals(before, get("/catalog/api/merchant/products", marcel).array().size(), "nothing was created");
    }

    @Test
    void anotherMerchantCanNeitherReadNorWriteThisCatalog() {
        String marcel = token("marcel");
        String camden = token("camden");
        long marcelsShelf = get("/catalog/api/merchant/stores/1/categories", marcel).array().getJsonObject(0)
                .getJsonNumber("id").longValue();

        assertEquals(404, get("/catalog/api/merchant/stores/1/categories", camden).status());
        assertEquals(404, get("/catalog/api/merchant/products/101", camden).status());
        assertEquals(404, put("/catalog/api/merchant/products/101", camden,
                "{\"priceMinor\": 1, \"texts\": {\"fr\": {\"name\": \"x\"}}}").status());
        assertEquals(404, post("/catalog/api/merchant/stores/1/products", camden, null,
                "{\"priceMinor\": 1, \"texts\": {\"fr\": {\"name\": \"x\"}}}").status());
        assertEquals(404, put("/catalog/api/merchant/categories/" + marcelsShelf, camden,
                "{\"names\": {\"fr\": \"x\"}}").status());
        assertEquals(404, delete("/catalog/api/merchant/categories/" + marcelsShelf, camden).status());
        assertEquals(400, put("/catalog/api/merchant/stores/2/products/order", camden, "{\"ids\": [101]}").status(),
                "Marcel's product is not on Camden's shelf");
        Response foreignShelf = post("/catalog/api/merchant/stores/2/products", camden, null,
                "{\"categoryId\": %d, \"priceMinor\": 100, \"texts\": {\"en\": {\"name\": \"Apples\"}}}".formatted(marcelsShelf));
        assertEquals(400, foreignShelf.status(), foreignShelf::toString);
        assertTrue(foreignShelf.body().contains("catalog.product.unknownCategory"));
    }

    @Test
    void theMerchantsOrderIsTheShelfsOrder() {
        String marcel = token("marcel");
        assertEquals(204, put("/catalog/api/merchant/stores/1/products/order", marcel,
                "{\"ids\": [106, 105]}").status());
        List<Long> shelf = get("/catalog/api/stores/1/products", null).array().stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(106L, 105L), shelf.subList(0, 2), shelf::toString);
        put("/catalog/api/merchant/stores/1/products/order", marcel, "{\"ids\": [101, 102, 103, 104, 105, 106]}");
    }

    @Test
    void optionsAreCheckedWholeAndPricedAtCheckout() {
        String marcel = token("marcel");
        Response refused = put("/catalog/api/merchant/products/103/options", marcel, """
                {"groups": [{"names": {"en": "Side"}, "minChoices": 2, "maxChoices": 1,
                             "options": [{"names": {"fr": "Frites"}, "priceDeltaMinor": -100}]}]}""");
        assertEquals(400, refused.status(), refused::toString);
        List<String> codes = refused.object().getJsonObject("errors").getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(codes.containsAll(List.of("catalog.options.group.fallbackNameMissing", "catalog.options.bounds",
                "catalog.options.negativeDelta")), codes::toString);
        assertEquals(404, put("/catalog/api/merchant/products/103/options", token("camden"), "{\"groups\": []}").status(),
                "not Camden's duck");

        try {
            Response saved = put("/catalog/api/merchant/products/103/options", marcel, """
                    {"groups": [{"names": {"fr": "Accompagnement", "en": "Side"}, "minChoices": 1, "maxChoices": 1,
                                 "options": [{"names": {"fr": "Salade", "en": "Salad"}, "priceDeltaMinor": 0},
                                             {"names": {"fr": "Pommes sarladaises", "en": "Sarlat potatoes"},
                                              "priceDeltaMinor": 250}]}]}""");
            assertEquals(200, saved.status(), saved::toString);
            long potatoes = saved.object().getJsonArray("optionGroups").getJsonObject(0).getJsonArray("options")
                    .getJsonObject(1).getJsonNumber("id").longValue();

            String alice = token("alice");
            String order = """
                    {"storeId": 1, "lines": [{"productId": 103, "quantity": 2, "optionIds": [%s]}], "paymentMethodId": 1,
                     "deliveryAddress": "12 rue des Martyrs, 75009 Paris"}""";
            Response withoutChoice = post("/ordering/api/orders", alice, java.util.UUID.randomUUID().toString(),
                    order.formatted(""));
            assertEquals(409, withoutChoice.status(), withoutChoice::toString);
            assertEquals("problem.order.invalidOptions", withoutChoice.object().getString("code"));
            Response placed = post("/ordering/api/orders", alice, java.util.UUID.randomUUID().toString(),
                    order.formatted(potatoes));
            assertEquals(201, placed.status(), placed::toString);
            assertEquals(2 * (1950 + 250), placed.object().getJsonNumber("subtotalMinor").longValue());
            assertEquals("Confit de canard (Pommes sarladaises)",
                    placed.object().getJsonArray("lines").getJsonObject(0).getString("name"));
        } finally {
            put("/catalog/api/merchant/products/103/options", marcel, "{\"groups\": []}");
        }
    }

    @Test
    void aRemovedProductLeavesTheShelfAndCannotBeOrderedButIsNotAnotherMerchantsToRemove() {
        String marcel = token("marcel");
        long id = post("/catalog/api/merchant/stores/1/products", marcel, null,
                "{\"priceMinor\": 650, \"texts\": {\"fr\": {\"name\": \"Plat du jour\"}}}").object()
                .getJsonNumber("id").longValue();
        assertEquals(404, delete("/catalog/api/merchant/products/" + id, token("camden")).status());

        assertEquals(204, delete("/catalog/api/merchant/products/" + id, marcel).status());
        assertTrue(get("/catalog/api/stores/1/products", null).array().stream()
                .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id), "off the shelf");
        assertTrue(get("/catalog/api/merchant/products", marcel).array().stream()
                .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id), "off the merchant's board");
        Response order = post("/ordering/api/orders", token("alice"), java.util.UUID.randomUUID().toString(),
                Orders.inParis(1, id, 1, 1));
        assertEquals(409, order.status(), order::toString);
        assertEquals(404, delete("/catalog/api/merchant/products/" + id, marcel).status(), "gone is gone");
    }

    private static JsonObject publicProduct(long storeId, long id, String lang) {
        return get("/catalog/api/stores/" + storeId + "/products?lang=" + lang, null).array().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("product " + id + " not on the shelf"));
    }
}
