package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.postChunked;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.serviceToken;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Refusals;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promotion, payment-method and wallet endpoints refuse what no page sends (nulls, negative, huge and overflowing
 * numbers, wrong types, dates no calendar keeps, 1 MB bodies) with a problem (400 or 413, never a 5xx) and write
 * nothing; another merchant's or customer's id is answered as not found. {@code MalformedInputIT} sends its generic
 * bodies everywhere; this one sends bodies that are right but for one value, where the harm would be.
 */
@ExtendWith(Platform.class)
class MoneyInputIT {

    private static final String PROMOTIONS = "/promotion/api/merchants/me/promotions";
    private static final String ALL_PROMOTIONS = "/promotion/api/promotions";
    private static final String METHODS = "/payment/api/payment-methods";
    private static final String WALLET = "/payment/api/wallet";
    private static final String HUGE = "4611686018427387904";
    private static final String OVERFLOW = "92233720368547758070";
    /** 2^64 + 500: JSON-B's own reading wrapped it into 500. */
    private static final String WRAPS_TO_500 = "18446744073709552116";
    private static final String MEGABYTE = "x".repeat(1_048_576);

    @Test
    void promotionTermsNoOneCouldMeanAreRefusedAndNothingIsCreated() {
        String marcel = token("marcel");
        String admin = token("admin");
        int mine = get(PROMOTIONS, marcel).array().size();
        int all = get(ALL_PROMOTIONS, admin).array().size();
        List<String> bad = List.of("null", "{}", "[]", "\"COUPON\"", "{\"kind\": null}", "{\"kind\": 12}",
                coupon("\"amountMinor\": " + HUGE + ", \"currency\": \"EUR\""),
                coupon("\"amountMinor\": " + OVERFLOW + ", \"currency\": \"EUR\""),
                coupon("\"amountMinor\": -500, \"currency\": \"EUR\""),
                coupon("\"amountMinor\": 500, \"currency\": null"),
                coupon("\"amountMinor\": 500, \"currency\": \"" + "E".repeat(10_000) + "\""),
                coupon("\"percent\": -10"), coupon("\"percent\": " + HUGE), coupon("\"percent\": \"ten\""),
                coupon("\"percent\": 10, \"minimumBasketMinor\": -1"),
                coupon("\"percent\": 10, \"minimumBasketMinor\": " + OVERFLOW),
                coupon("\"percent\": 10, \"totalLimit\": -1"), coupon("\"percent\": 10, \"perCustomerLimit\": " + HUGE),
                coupon("\"percent\": 10, \"validFrom\": \"+999999999-12-31T23:59:59\""),
                coupon("\"percent\": 10, \"validUntil\": \"-999999999-01-01T00:00:00\""),
                coupon("\"percent\": 10, \"validFrom\": \"2026-13-45T99:99:99\""),
                coupon("\"percent\": 10, \"storeIds\": [null]"),
                coupon("\"percent\": 10, \"storeIds\": " + IntStream.rangeClosed(1, 2000).boxed().toList()),
                coupon("\"percent\": 10, \"firstOrderOnly\": null"),
                "{\"kind\": \"COUPON\", \"code\": \"" + "C".repeat(10_000) + "\", \"percent\": 10}",
                "{\"kind\": \"COUPON\", \"code\": \"NUL\\u0000CODE\", \"percent\": 10}",
                "{\"kind\": \"HAPPY_HOUR\", \"shelfId\": 1, \"percent\": 10, \"happyFrom\": \"25:00\", \"happyUntil\": \"26:00\"}",
                "{\"kind\": \"HAPPY_HOUR\", \"shelfId\": -1, \"percent\": 10, \"happyFrom\": \"17:00\", \"happyUntil\": \"18:00\"}",
                "{\"kind\": \"TWO_FOR_ONE\", \"productId\": " + OVERFLOW + "}",
                "{\"kind\": \"FREE_DELIVERY\", \"minimumBasketMinor\": 0, \"currency\": \"EUR\"}",
                coupon("\"percent\": 10, \"a\": \"" + MEGABYTE + "\""));
        for (String body : bad) {
            Refusals.refused(post(PROMOTIONS, marcel, null, body), body);
            Refusals.refused(post(ALL_PROMOTIONS, admin, null, body), body);
        }
        for (String body : List.of(coupon("\"percent\": 10, \"funder\": \"NOBODY\""),
                coupon("\"percent\": 10, \"funder\": \"MERCHANT\""),
                coupon("\"percent\": 10, \"merchantId\": -5"),
                coupon("\"percent\": 10, \"merchantId\": " + OVERFLOW))) {
            Refusals.refused(post(ALL_PROMOTIONS, admin, null, body), body);
        }
        assertEquals(mine, get(PROMOTIONS, marcel).array().size(), "nothing created for the merchant");
        assertEquals(all, get(ALL_PROMOTIONS, admin).array().size(), "nothing created at all");
    }

    @Test
    void pausingNeedsAYesOrNoAndOnlyTheMerchantsOwnPromotion() {
        String camden = token("camden");
        Response created = post(PROMOTIONS, camden, null, coupon("\"percent\": 5"));
        assertEquals(200, created.status(), created::toString);
        long id = created.object().getJsonNumber("id").longValue();
        String paused = PROMOTIONS + "/" + id + "/paused";

        for (String body : List.of("", "null", "\"" + MEGABYTE + "\"", "{\"paused\": true}")) {
            Refusals.refused(put(paused, camden, body), body);
        }
        for (String other : List.of(PROMOTIONS + "/" + id, PROMOTIONS + "/999999999", PROMOTIONS + "/" + OVERFLOW,
                PROMOTIONS + "/abc", PROMOTIONS + "/-1")) {
            Response r = put(other + "/paused", token("marcel"), "true");
            assertEquals(404, r.status(), () -> other + " -> " + r);
        }
        assertEquals(403, put(ALL_PROMOTIONS + "/" + id + "/paused", token("marcel"), "true").status(),
                "a merchant pauses no promotion through the staff's door");
        assertEquals(404, put(ALL_PROMOTIONS + "/999999999/paused", token("admin"), "true").status());
        JsonObject after = get(PROMOTIONS, camden).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(false, after.getBoolean("paused"), "another merchant's pause changed nothing");
    }

    @Test
    void aBasketNoCheckoutSendsGetsNoQuote() {
        String service = serviceToken();
        String head = "\"storeId\": 1, \"merchantId\": 1, \"storeTimeZone\": \"Europe/Paris\", \"customerId\": 1,"
                + " \"firstOrder\": true, \"couponCode\": \"WELCOME10\", ";
        String line = "{\"productId\": 101, \"shelfId\": 1, \"unitPriceMinor\": 100, \"quantity\": 1}";
        List<String> bad = List.of("null", "{}", "{\"lines\": [null]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 0, \"lines\": [{\"productId\": 101,"
                        + " \"unitPriceMinor\": " + HUGE + ", \"quantity\": 999}]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 0, \"lines\": [{\"productId\": 101,"
                        + " \"unitPriceMinor\": 9223372036854775807, \"quantity\": 1}, {\"productId\": 102,"
                        + " \"unitPriceMinor\": 9223372036854775807, \"quantity\": 1}]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 9223372036854775807, \"lines\": [" + line + "]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": -1, \"lines\": [" + line + "]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 0, \"lines\": [" + line.replace("1}", "0}") + "]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 0, \"lines\": ["
                        + (line + ",").repeat(100) + line + "]}",
                "{" + head + "\"currency\": \"" + "E".repeat(5000) + "\", \"deliveryFeeMinor\": 0, \"lines\": [" + line + "]}",
                "{" + head + "\"currency\": null, \"deliveryFeeMinor\": 0, \"lines\": [" + line + "]}",
                "{" + head.replace("Europe/Paris", "Mars/Olympus") + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 0,"
                        + " \"lines\": [" + line + "]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": \"free\", \"lines\": [" + line + "]}",
                "{" + head + "\"currency\": \"EUR\", \"deliveryFeeMinor\": 0, \"lines\": [" + line + "], \"a\": \""
                        + MEGABYTE + "\"}");
        for (String body : bad) {
            Refusals.refused(post("/promotion/api/quotes", service, null, body), body);
        }
    }

    @Test
    void aCardIsAddedOnlyByAGatewaysTokenAndOnlyItsOwnerTouchesIt() {
        String alice = token("alice");
        int cards = get(METHODS, alice).array().size();
        for (String body : List.of("", "null", "{}", "[]", "{\"token\": null}", "{\"token\": \"\"}",
                "{\"token\": [\"tok\"]}", "{\"token\": {\"id\": 1}}", "{\"token\": \"" + "t".repeat(10_000) + "\"}",
                "{\"token\": \"" + MEGABYTE + "\"}", "{\"token\": \"tok\", \"preferred\": [true]}")) {
            Refusals.refused(post(METHODS, alice, null, body), body);
        }
        for (String id : List.of("999999999", OVERFLOW, "abc", "-1", "0")) {
            assertEquals(404, delete(METHODS + "/" + id, alice).status(), id);
            assertEquals(404, put(METHODS + "/" + id + "/preferred", alice, "{}").status(), id);
        }
        long bens = firstCard(token("ben"));
        assertEquals(404, delete(METHODS + "/" + bens, alice).status(), "another customer's card");
        assertEquals(404, put(METHODS + "/" + bens + "/preferred", alice, "{}").status(), "another customer's card");
        assertEquals(cards, get(METHODS, alice).array().size(), "nothing added or removed");
    }

    @Test
    void aTopUpThatNoPageSendsMovesNoMoney() {
        String alice = token("alice");
        long card = firstCard(alice);
        JsonObject before = get(WALLET, alice).object();
        List<String> bad = List.of("", "null", "{}", "[]",
                topUp(card, "-500", "\"EUR\""), topUp(card, "0", "\"EUR\""), topUp(card, HUGE, "\"EUR\""),
                topUp(card, OVERFLOW, "\"EUR\""), topUp(card, "-" + HUGE, "\"EUR\""), topUp(card, "1e308", "\"EUR\""),
                topUp(card, "\"lots\"", "\"EUR\""), topUp(card, "[500]", "\"EUR\""), topUp(card, "500", "null"),
                topUp(card, "500", "\"eur\""), topUp(card, "500", "\"" + "E".repeat(10_000) + "\""),
                topUp(card, "500", "12"), topUp(card, "500.5", "\"EUR\""), topUp(card, "499.999", "\"EUR\""),
                topUp(card, WRAPS_TO_500, "\"EUR\""), "{\"paymentMethodId\": " + card + ".5, \"amountMinor\": 500, "
                        + "\"currency\": \"EUR\"}", "{\"paymentMethodId\": null, \"amountMinor\": 500, \"currency\": \"EUR\"}",
                "{\"paymentMethodId\": -1, \"amountMinor\": 500, \"currency\": \"EUR\"}",
                "{\"paymentMethodId\": " + OVERFLOW + ", \"amountMinor\": 500, \"currency\": \"EUR\"}",
                "{\"paymentMethodId\": " + card + ", \"amountMinor\": 500, \"currency\": \"EUR\", \"a\": \""
                        + MEGABYTE + "\"}");
        for (String body : bad) {
            Refusals.refused(post(WALLET + "/top-ups", alice, "bad-" + UUID.randomUUID(), body), body);
        }
        String chunked = "{\"paymentMethodId\": " + card + ", \"amountMinor\": 500, \"currency\": \"EUR\", \"a\": \""
                + MEGABYTE + "\"}";
        Response streamed = postChunked(WALLET + "/top-ups", alice, "chunked-" + UUID.randomUUID(), chunked);
        assertEquals(413, streamed.status(), () -> "1 MB in chunks, without a length: " + streamed);
        Response noKey = post(WALLET + "/top-ups", alice, null, topUp(card, "500", "\"EUR\""));
        assertEquals(400, noKey.status(), noKey::toString);
        Response longKey = post(WALLET + "/top-ups", alice, "k".repeat(5000), topUp(card, "500", "\"EUR\""));
        assertEquals(400, longKey.status(), longKey::toString);
        Response bens = post(WALLET + "/top-ups", alice, "bens-" + UUID.randomUUID(),
                topUp(firstCard(token("ben")), "500", "\"EUR\""));
        assertEquals(404, bens.status(), () -> "another customer's card: " + bens);
        for (String currency : List.of("eur", "E".repeat(3000), "%00")) {
            Response r = get(WALLET + "?currency=" + currency, alice);
            assertEquals(400, r.status(), () -> currency.substring(0, Math.min(10, currency.length())) + " -> " + r);
        }
        JsonObject after = get(WALLET, alice).object();
        assertEquals(before.getJsonNumber("balanceMinor"), after.getJsonNumber("balanceMinor"), "no money moved");
        assertEquals(before.getJsonArray("movements"), after.getJsonArray("movements"), "no movement written");
    }

    private static String coupon(String terms) {
        return "{\"kind\": \"COUPON\", \"code\": \"C" + UUID.randomUUID().toString().substring(0, 8) + "\", " + terms + "}";
    }

    private static String topUp(long card, String amount, String currency) {
        return "{\"paymentMethodId\": " + card + ", \"amountMinor\": " + amount + ", \"currency\": " + currency + "}";
    }

    private static long firstCard(String customer) {
        return get(METHODS, customer).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> "CARD".equals(m.getString("kind"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
