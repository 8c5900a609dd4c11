package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What an order costs, over ordering's API and on the shop's receipt: the lines, the delivery fee the catalog quotes
 * for the place, the tip, the VAT per rate, and a total that payment authorises; a place beyond the store's radius and
 * a tip out of bounds are refused with nothing kept; a receipt is its customer's only. Demo data: Chez Marcel (store
 * 1, Paris 9e, radius 3 km, open around the clock, VAT 10 %, delivery 1.99 EUR for the first kilometre and 0.50 EUR
 * for each one started beyond it).
 */
@ExtendWith(Platform.class)
class PriceBreakdownIT {

    /** Île de la Cité: 2.8 km from Chez Marcel, two kilometres started beyond the first. */
    private static final double CITE_LAT = 48.8544;
    private static final double CITE_LON = 2.3353;

    @Test
    void anOrderChargesItsLinesTheFeeForItsPlaceAndTheTipWithTheVatPerRateAndPaymentHoldsTheTotal() {
        String alice = token("alice");
        Response priced = post("/ordering/api/orders/price", alice, null, """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 2}], "latitude": %s, "longitude": %s,
                 "tipMinor": 250}""".formatted(CITE_LAT, CITE_LON));
        assertEquals(200, priced.status(), priced::toString);

        JsonObject order = Orders.place(alice, order(CITE_LAT, CITE_LON, 250));

        assertEquals(3700, order.getJsonNumber("subtotalMinor").longValue(), "2 x 18.50");
        assertEquals(199 + 2 * 50, order.getJsonNumber("deliveryFeeMinor").longValue());
        assertEquals(250, order.getJsonNumber("tipMinor").longValue());
        assertEquals(3700 + 299 + 250, order.getJsonNumber("totalMinor").longValue());
        assertEquals("FR", order.getString("storeCountry"));
        assertEquals("Europe/Paris", order.getString("storeTimeZone"));
        JsonArray vat = order.getJsonArray("vat");
        assertEquals(2, vat.size(), vat::toString);
        assertVat(vat.getJsonObject(0), 1000, 3700, 336);   // the dishes: 3700 * 10 / 110 = 336.36
        assertVat(vat.getJsonObject(1), 2000, 299, 50);     // the fee at France's 20 %: 299 / 6 = 49.83
        assertEquals(1000, order.getJsonArray("lines").getJsonObject(0).getInt("vatBasisPoints"));

        JsonObject quote = priced.object();
        for (String amount : List.of("subtotalMinor", "deliveryFeeMinor", "tipMinor", "totalMinor")) {
            assertEquals(order.getJsonNumber(amount), quote.getJsonNumber(amount), "the basket showed what is charged: " + amount);
        }
        assertEquals(vat, quote.getJsonArray("vat"));

        long hold = order.getJsonNumber("paymentAuthorizationId").longValue();
        JsonObject authorization = get("/payment/api/authorizations/" + hold, alice).object();
        assertEquals(4249, authorization.getJsonNumber("amountMinor").longValue(), authorization::toString);
        assertEquals("EUR", authorization.getString("currency"));
    }

    @Test
    void anOrderThatNowCostsOtherThanTheTotalShownIsRefusedAndNothingIsKept() {
        String alice = token("alice");
        int before = get("/ordering/api/orders", alice).array().size();
        long total = post("/ordering/api/orders/price", alice, null, """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 2}], "latitude": %s, "longitude": %s,
                 "tipMinor": 250}""".formatted(CITE_LAT, CITE_LON)).object().getJsonNumber("totalMinor").longValue();
        String key = UUID.randomUUID().toString();
        String shownBefore = order(CITE_LAT, CITE_LON, 250).replaceFirst("\\}\\s*$", ", \"expectedTotalMinor\": "
                + (total - 100) + "}");

        Response refused = post("/ordering/api/orders", alice, key, shownBefore);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("problem.order.priceChanged", refused.object().getString("code"));
        assertEquals(total, refused.object().getJsonObject("errors").getJsonNumber("totalMinor").longValue());
        assertEquals(before, get("/ordering/api/orders", alice).array().size(), "nothing placed");

        String shownNow = shownBefore.replace("\"expectedTotalMinor\": " + (total - 100),
                "\"expectedTotalMinor\": " + total);
        Response placed = post("/ordering/api/orders", alice, key, shownNow);
        assertEquals(201, placed.status(), placed::toString);
        assertEquals(total, placed.object().getJsonNumber("totalMinor").longValue());
        assertEquals(200, post("/ordering/api/orders/" + placed.object().getJsonNumber("id") + "/cancel", alice, null,
                null).status());
    }

    @Test
    void aPlaceBeyondTheStoresRadiusIsRefusedAndNothingIsKept() {
        String alice = token("alice");
        int before = get("/ordering/api/orders", alice).array().size();
        String key = UUID.randomUUID().toString();

        Response refused = post("/ordering/api/orders", alice, key, order(48.8049, 2.1204, 0)); // Versailles, 17 km
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals("problem.order.outsideDeliveryArea", refused.object().getString("code"));

        assertEquals(before, get("/ordering/api/orders", alice).array().size(), "no order was kept");
        assertEquals(0, get("/ordering/api/orders?idempotencyKey=" + key, alice).array().size());
        Response quoted = get("/catalog/api/stores/1/delivery-quote?lat=48.8049&lon=2.1204", null);
        assertEquals(false, quoted.object().getBoolean("delivers"), quoted::toString);
    }

    @Test
    void aNegativeOrHugeTipOrHalfAPlaceIsABadRequestAndNothingIsKept() {
        String alice = token("alice");
        int before = get("/ordering/api/orders", alice).array().size();
        Map<String, String> bad = Map.of(
                "negative", order(CITE_LAT, CITE_LON, -1),
                "above the most", order(CITE_LAT, CITE_LON, 10_001),
                "huge", order(CITE_LAT, CITE_LON, Long.MAX_VALUE),
                "beyond a long", order(CITE_LAT, CITE_LON, 0).replace("\"tipMinor\": 0", "\"tipMinor\": 1e30"),
                "latitude alone", order(CITE_LAT, CITE_LON, 0).replace(", \"longitude\": " + CITE_LON, ""),
                "off the Earth", order(91, CITE_LON, 0));
        bad.forEach((what, body) -> {
            Response refused = post("/ordering/api/orders", alice, UUID.randomUUID().toString(), body);
            assertEquals(400, refused.status(), () -> what + ": " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"), () -> what + ": " + refused);
        });
        assertEquals(before, get("/ordering/api/orders", alice).array().size(), "no order was kept");
    }

    @Test
    void aReceiptPdfIsItsCustomersOnlyAndNamesTheOrder() throws IOException {
        long orderId = Orders.place(token("alice"), order(CITE_LAT, CITE_LON, 100)).getJsonNumber("id").longValue();
        WebDriver ben = Browsers.open("en");
        try {
            Browsers.logIn(ben, "/shop/login.xhtml", "ben");
            assertEquals(404, download(ben, orderId).status(), "another customer's receipt");
        } finally {
            ben.quit();
        }
        WebDriver alice = Browsers.open("en");
        try {
            Browsers.logIn(alice, "/shop/login.xhtml", "alice");
            Browsers.chooseLanguage(alice, "en");
            Download receipt = download(alice, orderId);
            assertEquals(200, receipt.status());
            assertEquals("application/pdf", receipt.contentType());
            assertEquals("%PDF", new String(receipt.body(), 0, 4, StandardCharsets.US_ASCII));
            String text = text(receipt.body());
            assertTrue(text.contains(String.valueOf(orderId)), text);
            assertTrue(text.contains("Chez Marcel"), text);
            assertTrue(text.contains("€40.99"), "the total, 37.00 + 2.99 + 1.00: " + text);
        } finally {
            alice.quit();
        }
    }

    private record Download(int status, String contentType, byte[] body) {
    }

    /** Fetches the receipt from inside the logged-in browser, so the request carries its session. */
    private static Download download(WebDriver driver, long orderId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/shop/orders/receipt.pdf?id=' + arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => {
                    let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                    done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(s)});
                  }))
                  .catch(e => done({status: -1, type: String(e), body: ''}));""", orderId);
        return new Download(((Number) answer.get("status")).intValue(), String.valueOf(answer.get("type")),
                Base64.getDecoder().decode((String) answer.get("body")));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static void assertVat(JsonObject vat, int basisPoints, long gross, long tax) {
        assertEquals(basisPoints, vat.getInt("basisPoints"), vat::toString);
        assertEquals(gross, vat.getJsonNumber("grossMinor").longValue(), vat::toString);
        assertEquals(tax, vat.getJsonNumber("vatMinor").longValue(), vat::toString);
        assertEquals(gross - tax, vat.getJsonNumber("netMinor").longValue(), vat::toString);
    }

    /** Two Boeuf bourguignon from Chez Marcel, paid with alice's demo card, delivered at the place with the tip. */
    private static String order(double latitude, double longitude, long tipMinor) {
        return """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 2}], "paymentMethodId": 1,
                 "deliveryAddress": "Île de la Cité, Paris", "latitude": %s, "longitude": %s, "tipMinor": %d}"""
                .formatted(latitude, longitude, tipMinor);
    }
}
