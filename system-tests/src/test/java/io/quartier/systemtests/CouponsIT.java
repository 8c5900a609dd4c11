package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coupons through checkout, against the launched platform: a coupon limited to 5 uses in all, entered by 20
 * checkouts at once, gives exactly 5 orders its discount (the others are refused and hold nothing); the uses of
 * cancelled orders come back; a quote says why a promotion does not apply; only ordering quotes and reserves, and a
 * merchant sees and pauses only its own promotions.
 */
@ExtendWith(Platform.class)
class CouponsIT {

    /** Camden Greens (merchant camden): open around the clock in the demo data, so the test runs at any hour. */
    private static final long CAMDEN_STORE = 2;
    private static final long MILK = 206;
    private static final String PROMOTIONS = "/promotion/api/merchants/me/promotions";

    @Test
    void twentyCheckoutsAtOnceWithACouponLimitedToFiveGiveFiveOrdersTheDiscount() throws Exception {
        String camden = token("camden");
        String ben = token("ben");
        Response stocked = patch("/catalog/api/merchant/products/" + MILK, camden,
                "{\"stockQuantity\": 60, \"available\": true}");
        assertEquals(200, stocked.status(), stocked::toString);
        String code = "race-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject coupon = create(camden, """
                {"kind": "COUPON", "code": "%s", "percent": 10, "totalLimit": 5}""".formatted(code));
        long couponId = coupon.getJsonNumber("id").longValue();
        assertEquals(code.toUpperCase(), coupon.getString("code"));
        assertEquals("MERCHANT", coupon.getString("funder"));

        List<Response> answers = Race.run(20, i -> post("/ordering/api/orders", ben, UUID.randomUUID().toString(),
                order(code)));

        List<JsonObject> placed = answers.stream().filter(r -> r.status() == 201).map(Response::object).toList();
        assertEquals(5, placed.size(), answers::toString);
        // the others are refused: the limit reached, or (on a loaded machine) the coupon not checkable in time; never an
        // order placed without the coupon it asked for
        assertTrue(answers.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409
                && List.of("problem.promotion.limitReached", "problem.promotion.unavailable")
                        .contains(r.object().getString("code"))), answers::toString);
        for (JsonObject order : placed) {
            assertEquals(1, order.getJsonArray("discounts").size(), order::toString);
            JsonObject discount = order.getJsonArray("discounts").getJsonObject(0);
            assertEquals(couponId, discount.getJsonNumber("promotionId").longValue());
            assertEquals(order.getJsonNumber("subtotalMinor").longValue() / 10, discount.getJsonNumber("amountMinor")
                    .longValue());
            assertEquals(order.getJsonNumber("subtotalMinor").longValue() + order.getJsonNumber("deliveryFeeMinor")
                    .longValue() - discount.getJsonNumber("amountMinor").longValue(),
                    order.getJsonNumber("totalMinor").longValue(), "the total charged is reduced");
        }
        JsonObject followed = Eventually.await("the 5 placed orders are redeemed", Duration.ofSeconds(30),
                () -> mine(camden, couponId), p -> p.getInt("redeemed") == 5);
        assertEquals(5, followed.getInt("used"));
        assertEquals(placed.stream().mapToLong(o -> o.getJsonArray("discounts").getJsonObject(0)
                .getJsonNumber("amountMinor").longValue()).sum(), followed.getJsonNumber("discountTotalMinor").longValue());
        assertEquals(placed.stream().mapToLong(o -> o.getJsonNumber("totalMinor").longValue()).sum(),
                followed.getJsonNumber("salesTotalMinor").longValue(), "the sales the coupon brought");

        for (JsonObject order : placed) {
            Response cancelled = post("/ordering/api/orders/" + order.getJsonNumber("id") + "/cancel", ben, null, null);
            assertEquals(200, cancelled.status(), cancelled::toString);
        }
        JsonObject givenBack = Eventually.await("the cancelled orders' uses come back", Duration.ofSeconds(30),
                () -> mine(camden, couponId), p -> p.getInt("used") == 0);
        assertEquals(0, givenBack.getInt("redeemed"));
        assertEquals(0, givenBack.getJsonNumber("salesTotalMinor").longValue(), "cancelled orders sold nothing");
        Response again = post("/ordering/api/orders", ben, UUID.randomUUID().toString(), order(code.toUpperCase()));
        assertEquals(201, again.status(), again::toString);
        post("/ordering/api/orders/" + again.object().getJsonNumber("id") + "/cancel", ben, null, null);
    }

    @Test
    void aQuoteSaysWhyEachPromotionConsideredDoesNotApply() {
        String ben = token("ben");
        String camden = token("camden");
        Response first = post("/ordering/api/orders", ben, UUID.randomUUID().toString(), order(""));
        assertEquals(201, first.status(), first::toString);
        post("/ordering/api/orders/" + first.object().getJsonNumber("id") + "/cancel", ben, null, null);
        JsonObject unknown = price(ben, "NO-SUCH-COUPON");
        assertEquals("promotion.reason.unknownCode", reason(unknown, "NO-SUCH-COUPON"), unknown::toString);
        assertEquals(0, unknown.getJsonNumber("discountMinor").longValue());

        JsonObject welcome = price(ben, "welcome10");
        assertEquals("promotion.reason.firstOrderOnly", reason(welcome, "WELCOME10"), "ben has ordered before");

        String code = "paused-" + UUID.randomUUID().toString().substring(0, 8);
        long id = create(camden, "{\"kind\": \"COUPON\", \"code\": \"%s\", \"amountMinor\": 150, \"currency\": \"GBP\"}"
                .formatted(code)).getJsonNumber("id").longValue();
        JsonObject applies = price(ben, code);
        assertTrue(applies.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getBoolean("applies") && o.getJsonNumber("amountMinor").longValue() == 150), applies::toString);
        assertEquals(150, applies.getJsonNumber("discountMinor").longValue());
        Response paused = put(PROMOTIONS + "/" + id + "/paused", camden, "true");
        assertEquals(200, paused.status(), paused::toString);
        assertEquals("promotion.reason.paused", reason(price(ben, code), code.toUpperCase()));

        Response euro = post(PROMOTIONS, token("marcel"), null,
                "{\"kind\": \"COUPON\", \"code\": \"" + code + "\", \"percent\": 5}");
        assertEquals(409, euro.status(), "the code is taken, in any case: " + euro);
    }

    @Test
    void onlyOrderingQuotesAndReservesAndAMerchantSeesOnlyItsOwnPromotions() {
        String body = "{\"storeId\": 2, \"merchantId\": 2, \"storeTimeZone\": \"Europe/London\", \"currency\": \"GBP\","
                + " \"customerId\": 1, \"firstOrder\": true, \"deliveryFeeMinor\": 0,"
                + " \"lines\": [{\"productId\": 206, \"unitPriceMinor\": 100, \"quantity\": 1}]}";
        for (String person : List.of("ben", "camden", "admin")) {
            assertEquals(403, post("/promotion/api/quotes", token(person), null, body).status(), person);
            assertEquals(403, put("/promotion/api/redemptions/1", token(person),
                    "{\"customerId\": 1, \"currency\": \"GBP\", \"uses\": []}").status(), person);
        }
        assertEquals(401, post("/promotion/api/quotes", null, null, body).status());
        Response quote = post("/promotion/api/quotes", Api.serviceToken(), null, body);
        assertEquals(200, quote.status(), quote::toString);
        Response tooBig = post("/promotion/api/quotes", Api.serviceToken(), null, body.replace("\"quantity\": 1",
                "\"quantity\": 100000"));
        assertEquals(400, tooBig.status(), tooBig::toString);

        long camdens = create(token("camden"), "{\"kind\": \"TWO_FOR_ONE\", \"productId\": " + MILK + "}")
                .getJsonNumber("id").longValue();
        assertFalse(get(PROMOTIONS, token("marcel")).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getJsonNumber("id").longValue() == camdens), "marcel sees only his own");
        assertEquals(404, put(PROMOTIONS + "/" + camdens + "/paused", token("marcel"), "true").status());
        assertEquals(403, get(PROMOTIONS, token("ben")).status());
        assertEquals(200, put(PROMOTIONS + "/" + camdens + "/paused", token("camden"), "true").status());
        Response bad = post(PROMOTIONS, token("camden"), null, "{\"kind\": \"COUPON\", \"code\": \"x\", \"percent\": 500}");
        assertEquals(400, bad.status(), bad::toString);
    }

    private static String order(String code) {
        return """
                {"storeId": %d, "lines": [{"productId": %d, "quantity": 1}], "paymentMethodId": 3,
                 "deliveryAddress": "1 Camden Road, London", "couponCode": "%s"}""".formatted(CAMDEN_STORE, MILK, code);
    }

    private static JsonObject price(String customer, String code) {
        Response price = post("/ordering/api/orders/price", customer, null, """
                {"storeId": %d, "lines": [{"productId": %d, "quantity": 2}], "couponCode": "%s"}"""
                .formatted(CAMDEN_STORE, MILK, code));
        assertEquals(200, price.status(), price::toString);
        return price.object();
    }

    private static String reason(JsonObject price, String code) {
        return price.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> code.equalsIgnoreCase(o.getString("code", ""))).findFirst()
                .map(o -> o.getString("reasonKey", null)).orElse(null);
    }

    private static JsonObject create(String merchant, String body) {
        Response created = post(PROMOTIONS, merchant, null, body);
        assertEquals(200, created.status(), created::toString);
        return created.object();
    }

    private static JsonObject mine(String merchant, long id) {
        return get(PROMOTIONS, merchant).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }
}
