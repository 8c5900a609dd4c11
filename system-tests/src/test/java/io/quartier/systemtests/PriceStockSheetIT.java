package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.getAs;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.postAs;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The price and stock sheet over REST: export the merchant's own products, import an edited sheet; one bad
 * line refuses the whole file with a report naming every bad line, and nothing changes.
 */
@ExtendWith(Platform.class)
class PriceStockSheetIT {

    private static final String HEADER = "product_id,store_id,name,price,currency,stock,available";

    @AfterEach
    void restoreTheDemoShelf() {
        String camden = token("camden");
        patch("/catalog/api/merchant/products/201", camden, "{\"priceMinor\": 189, \"available\": true}");
        patch("/catalog/api/merchant/products/206", camden, "{\"stockQuantity\": 60, \"available\": true}");
    }

    @Test
    void theExportHoldsEveryOwnProductAndNoOtherMerchantsOnes() {
        Response sheet = getAs("/catalog/api/merchant/products.csv?lang=en", token("camden"), "text/csv");
        assertEquals(200, sheet.status(), sheet::toString);
        assertTrue(sheet.contentType().startsWith("text/csv"), sheet.contentType());
        List<String> lines = sheet.body().replace("\uFEFF", "").lines().toList();
        assertEquals(HEADER, lines.get(0));
        assertEquals(6, lines.size() - 1, "Camden Greens' six products: " + lines);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("20")), "only products 201-206: " + lines);
        assertTrue(lines.contains("201,2,Organic bananas (pack of 5),1.89,GBP,40,true")
                        || lines.stream().anyMatch(l -> l.startsWith("201,2,Organic bananas (pack of 5),1.89,GBP,")),
                () -> "bananas at 1.89 GBP: " + lines);
    }

    @Test
    void oneBadLineRefusesTheWholeFileWithEveryBadLineNamed() {
        String camden = token("camden");
        String csv = String.join("\r\n", HEADER,
                "201,2,Bananas,2.49,GBP,40,true",
                "202,2,Eggs,-1.00,GBP,24,true",
                "101,1,Someone else's soup,1.00,EUR,,true",
                "206,2,Milk,1.45,GBP,lots,true",
                "205,2,Cheddar,3.75,GBP,8,maybe");

        Response refused = postAs("/catalog/api/merchant/products.csv", camden, "text/csv", csv);

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("catalog.csv.invalid", refused.object().getString("code"));
        JsonArray lines = refused.object().getJsonObject("errors").getJsonArray("lines");
        assertEquals(List.of("3:catalog.csv.negativePrice", "4:catalog.csv.unknownProduct", "5:catalog.csv.stock",
                        "6:catalog.csv.available"),
                lines.stream().map(v -> (JsonObject) v).map(e -> e.getInt("line") + ":" + e.getString("code")).toList());
        assertEquals(189, product(camden, 201).getJsonNumber("priceMinor").longValue(),
                "the good line 2 was not applied either");
    }

    @Test
    void aGoodSheetSavedBySpreadsheetInFrenchIsApplied() {
        String camden = token("camden");
        String csv = "\uFEFF" + String.join("\r\n", HEADER.replace(',', ';'),
                "201;2;Bananes;2,49;GBP;40;oui",
                "206;2;Lait;1,45;GBP;12;true",
                "203;2;Pain;4,20;GBP;;true") + "\r\n";

        Response applied = postAs("/catalog/api/merchant/products.csv", camden, "text/csv", csv);

        assertEquals(200, applied.status(), applied::toString);
        assertEquals(3, applied.object().getInt("lines"));
        assertEquals(2, applied.object().getInt("changed"), "bananas' price and milk's stock moved; bread did not");
        assertEquals(249, product(camden, 201).getJsonNumber("priceMinor").longValue());
        assertEquals(12, product(camden, 206).getInt("stockQuantity"));
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        Response refused = postAs("/catalog/api/merchant/products.csv", token("camden"), "text/csv", "201,2,x,1.00,GBP,1,true");
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("catalog.csv.header", refused.object().getJsonObject("errors").getJsonArray("lines")
                .getJsonObject(0).getString("code"));
        assertFalse(refused.body().isBlank());
    }

    private static JsonObject product(String merchant, long id) {
        return get("/catalog/api/merchant/products", merchant).array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }
}
