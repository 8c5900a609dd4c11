package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.MultiStoreOrders.accept;
import static io.quartier.systemtests.support.MultiStoreOrders.basket;
import static io.quartier.systemtests.support.MultiStoreOrders.parts;
import static io.quartier.systemtests.support.MultiStoreOrders.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One basket of two merchants (demo data: Chez Marcel, store 1, open around the clock; Fromagerie Dupont, store 3,
 * open 08:00 to 23:30 in Paris, made to open around the clock while this test runs, at whatever hour CI runs it;
 * its Camembert, product 302, has tracked stock), ordered at once: one order per store, one payment for their sum,
 * taken once for what was delivered; a merchant rejecting its part lets the customer go on without it (its stock and
 * its share released) or cancel the rest.
 */
@ExtendWith(Platform.class)
class MultiMerchantOrderIT {

    private static final long CAMEMBERT = MultiStoreOrders.CAMEMBERT;
    private static final String PROMOTIONS = "/promotion/api/merchants/me/promotions";

    private static final String BY_KEY = "/ordering/api/orders/groups?idempotencyKey=";

    private static String fromagerieWeek;

    @BeforeAll
    static void openTheFromagerieAroundTheClock() {
        fromagerieWeek = MultiStoreOrders.openFromagerieAroundTheClock();
    }

    @AfterAll
    static void giveTheFromagerieItsHoursBack() {
        MultiStoreOrders.restoreFromagerie(fromagerieWeek);
    }

    @Test
    void bothMerchantsAcceptAndDeliverAndTheOnePaymentIsTakenOnceForTheTotal() {
        String alice = token("alice");
        long clearingBefore = clearing();
        JsonObject group = place(alice, 1, 200);
        List<JsonObject> parts = parts(group);
        assertEquals(2, parts.size(), group::toString);
        long authorization = group.getJsonNumber("paymentAuthorizationId").longValue();
        assertTrue(parts.stream().allMatch(p -> "PLACED".equals(p.getString("status"))
                && p.getJsonNumber("paymentAuthorizationId").longValue() == authorization), "one payment for both");
        long total = group.getJsonNumber("totalMinor").longValue();
        assertEquals(parts.stream().mapToLong(p -> p.getJsonNumber("totalMinor").longValue()).sum(), total);
        assertEquals(200, group.getJsonNumber("tipMinor").longValue());

        accept(id(parts.get(0)), "marcel");
        accept(id(parts.get(1)), "fromagerie");
        handOver(id(parts.get(0)), "marcel", alice);
        handOver(id(parts.get(1)), "fromagerie", alice);

        awaitHold(authorization, alice, "CAPTURED");
        Eventually.await("the total is booked once", Duration.ofSeconds(150), MultiMerchantOrderIT::clearing,
                c -> c - clearingBefore == total);
        assertInvariantHolds();
    }

    @Test
    void oneMerchantRejectsTheCustomerGoesOnAndOnlyTheOtherPartIsTakenWithTheRejectedStockBack() {
        String alice = token("alice");
        int stockBefore = camembertStock();
        long clearingBefore = clearing();
        JsonObject group = place(alice, 1, 0);
        long groupId = id(group);
        long authorization = group.getJsonNumber("paymentAuthorizationId").longValue();
        assertEquals(stockBefore - 1, camembertStock(), "the Camembert is held");
        long cheese = id(parts(group).get(1));

        Response rejected = post("/ordering/api/orders/" + cheese + "/reject", token("fromagerie"), null,
                "{\"reason\": \"OUT_OF_STOCK\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        JsonObject asked = get("/ordering/api/orders/groups/" + groupId, alice).object();
        assertTrue(asked.getBoolean("choicePending"), asked::toString);
        JsonObject bistro = parts(asked).get(0);
        assertEquals(bistro.getJsonNumber("totalMinor").longValue(), asked.getJsonNumber("chargedMinor").longValue());

        Response goOn = post("/ordering/api/orders/groups/" + groupId + "/go-on", alice, null, null);
        assertEquals(200, goOn.status(), goOn::toString);
        assertFalse(goOn.object().getBoolean("choicePending"));
        Response again = post("/ordering/api/orders/groups/" + groupId + "/go-on", alice, null, null);
        assertEquals(409, again.status(), again::toString);
        assertEquals("problem.orderGroup.noChoice", again.object().getString("code"));
        Eventually.await("the rejected Camembert is back in stock", Duration.ofSeconds(20),
                MultiMerchantOrderIT::camembertStock, s -> s == stockBefore);

        accept(id(bistro), "marcel");
        handOver(id(bistro), "marcel", alice);

        awaitHold(authorization, alice, "CAPTURED");
        Eventually.await("only the delivered part is booked", Duration.ofSeconds(150), MultiMerchantOrderIT::clearing,
                c -> c - clearingBefore == bistro.getJsonNumber("totalMinor").longValue());
        assertInvariantHolds();
    }

    @Test
    void afterARejectionTheCustomerCancelsEverythingAndNothingIsTaken() {
        String alice = token("alice");
        int stockBefore = camembertStock();
        JsonObject group = place(alice, 1, 100);
        long groupId = id(group);
        List<JsonObject> parts = parts(group);
        assertEquals(200, post("/ordering/api/orders/" + id(parts.get(1)) + "/reject", token("fromagerie"), null,
                "{\"reason\": \"OUT_OF_STOCK\"}").status());

        Response cancelled = post("/ordering/api/orders/groups/" + groupId + "/cancel", alice, null, null);

        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals(List.of("CANCELLED", "REJECTED"), parts(cancelled.object()).stream()
                .map(p -> p.getString("status")).toList());
        assertEquals(409, post("/ordering/api/orders/groups/" + groupId + "/cancel", alice, null, null).status(),
                "choosing twice changes nothing");
        awaitHold(group.getJsonNumber("paymentAuthorizationId").longValue(), alice, "VOIDED");
        Eventually.await("the Camembert is back in stock", Duration.ofSeconds(20),
                MultiMerchantOrderIT::camembertStock, s -> s == stockBefore);
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndADeclinedPaymentPlacesNothing() throws Exception {
        String alice = token("alice");
        int initial = camembertStock();
        long groupId = id(place(alice, 1, 0));
        String ben = token("ben");
        assertEquals(404, get("/ordering/api/orders/groups/" + groupId, ben).status());
        assertEquals(404, post("/ordering/api/orders/groups/" + groupId + "/go-on", ben, null, null).status());
        assertEquals(404, post("/ordering/api/orders/groups/" + groupId + "/cancel", ben, null, null).status());
        assertEquals(404, get("/ordering/api/orders/groups/99999999", alice).status());

        int stockBefore = camembertStock();
        Response declined = post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(), basket(2, 0));
        assertEquals(402, declined.status(), declined::toString);
        Eventually.await("nothing held for a declined payment", Duration.ofSeconds(20),
                MultiMerchantOrderIT::camembertStock, s -> s == stockBefore);

        String key = UUID.randomUUID().toString();
        List<Response> answers = Race.run(4, i -> post("/ordering/api/orders/groups", alice, key, basket(1, 0)));
        // a request still waiting for the first one's checkout after 8 s answers 503 "retry with the same key"
        assertTrue(answers.stream().allMatch(r -> r.status() == 201 || r.status() == 200 || r.status() == 503),
                answers::toString);
        Response retry = post("/ordering/api/orders/groups", alice, key, basket(1, 0));
        assertEquals(200, retry.status(), retry::toString);
        long groupOfKey = id(retry.object());
        assertTrue(answers.stream().filter(r -> r.status() != 503).allMatch(r -> id(r.object()) == groupOfKey),
                "one order for one key: " + answers);
        assertTrue(answers.stream().filter(r -> r.status() == 201).count() <= 1, answers::toString);
        assertEquals(stockBefore - 1, camembertStock(), "held once");

        for (long placed : List.of(groupId, groupOfKey)) {
            assertEquals(200, post("/ordering/api/orders/groups/" + placed + "/cancel", alice, null, null).status());
        }
        Eventually.await("the cancelled orders' Camembert is back", Duration.ofSeconds(20),
                MultiMerchantOrderIT::camembertStock, s -> s == initial);

        Response invalid = post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(), """
                {"parts": [{"storeId": 1, "lines": [{"productId": 101, "quantity": 1}]},
                 {"storeId": 1, "lines": [{"productId": 102, "quantity": 1}]}], "paymentMethodId": 1,
                 "deliveryAddress": "12 rue des Martyrs, 75009 Paris"}""");
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(400, post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(),
                "{\"parts\": null}").status());
    }

    @Test
    void thePriceOfTheBasketIsWhatPlacingItHoldsAndNothingIsHeldForAPrice() {
        String alice = token("alice");
        int stockBefore = camembertStock();
        Response priced = post("/ordering/api/orders/groups/price", alice, null, basket(1, 150));
        assertEquals(200, priced.status(), priced::toString);
        JsonObject price = priced.object();
        assertEquals(stockBefore, camembertStock(), "a price holds nothing");
        List<JsonObject> quotedParts = parts(price);
        assertEquals(List.of(1L, 3L), quotedParts.stream().map(p -> p.getJsonNumber("storeId").longValue()).toList());
        long subtotals = quotedParts.stream().mapToLong(p -> p.getJsonNumber("subtotalMinor").longValue()).sum();
        assertEquals(subtotals + price.getJsonNumber("deliveryFeeMinor").longValue() + 150,
                price.getJsonNumber("totalMinor").longValue(), price::toString);
        assertEquals(List.of(550), quotedParts.get(1).getJsonArray("vat").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getInt("basisPoints")).toList(), "the Fromagerie's VAT is its Camembert's");

        long shown = price.getJsonNumber("totalMinor").longValue();
        String staleKey = java.util.UUID.randomUUID().toString();
        Response stale = post("/ordering/api/orders/groups", alice, staleKey, expecting(basket(1, 150), shown - 10));
        assertEquals(409, stale.status(), "a total that changed since it was shown: " + stale);
        assertEquals("problem.order.priceChanged", stale.object().getString("code"));
        assertEquals(shown, stale.object().getJsonObject("errors").getJsonNumber("totalMinor").longValue());
        assertEquals(stockBefore, camembertStock(), "nothing held for a refused total");
        assertEquals(0, get(BY_KEY + staleKey, alice).array().size(), "nothing placed");

        Response placedAsShown = post("/ordering/api/orders/groups", alice, staleKey, expecting(basket(1, 150), shown));
        assertEquals(201, placedAsShown.status(), placedAsShown::toString);
        JsonObject group = placedAsShown.object();
        assertEquals(shown, group.getJsonNumber("totalMinor").longValue());
        assertEquals(price.getJsonNumber("deliveryFeeMinor").longValue(),
                group.getJsonNumber("deliveryFeeMinor").longValue());
        assertEquals(200, post("/ordering/api/orders/groups/" + id(group) + "/cancel", alice, null, null).status());

        String sixStores = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(s -> "{\"storeId\": " + s + ", \"lines\": [{\"productId\": 101, \"quantity\": 1}]}")
                .collect(Collectors.joining(", ", "{\"parts\": [", "]}"));
        assertEquals(400, post("/ordering/api/orders/groups/price", alice, null, sixStores).status());
        Response twice = post("/ordering/api/orders/groups/price", alice, null, """
                {"parts": [{"storeId": 1, "lines": [{"productId": 101, "quantity": 1}]},
                 {"storeId": 1, "lines": [{"productId": 102, "quantity": 1}]}]}""");
        assertEquals(400, twice.status(), twice::toString);
        assertEquals("problem.orderGroup.storeTwice", twice.object().getString("code"));
        assertEquals(403, post("/ordering/api/orders/groups/price", token("marcel"), null, basket(1, 0)).status());
    }

    @Test
    void aGroupForASlotTomorrowWaitsScheduledInBothKitchensAndASlotOneStoreLacksHoldsNothing() {
        String alice = token("alice");
        List<String> both = MultiStoreOrders.slotsBothOfferTomorrow();
        assertTrue(both.size() > 2, both::toString);
        String slot = both.get(both.size() / 2);
        int marcelBefore = MultiStoreOrders.used(1, slot);
        int fromagerieBefore = MultiStoreOrders.used(3, slot);
        int stockBefore = camembertStock();
        String key = UUID.randomUUID().toString();

        Response placed = post("/ordering/api/orders/groups", alice, key, MultiStoreOrders.basketFor(slot, 1));

        assertEquals(201, placed.status(), placed::toString);
        JsonObject group = placed.object();
        assertEquals(slot, group.getString("scheduledFor"));
        List<JsonObject> parts = parts(group);
        assertTrue(parts.stream().allMatch(p -> "SCHEDULED".equals(p.getString("status"))
                && slot.equals(p.getString("scheduledFor"))), group::toString);
        assertEquals(marcelBefore + 1, MultiStoreOrders.used(1, slot), "a place in Chez Marcel's kitchen window");
        assertEquals(fromagerieBefore + 1, MultiStoreOrders.used(3, slot), "and one in the Fromagerie's");
        assertEquals(stockBefore - 1, camembertStock(), "the Camembert is held");
        assertEquals(409, post("/ordering/api/orders/" + id(parts.get(1)) + "/accept", token("fromagerie"), null,
                "{\"preparationMinutes\": 10}").status(), "not the kitchen's to accept before its release");
        Response otherSlot = post("/ordering/api/orders/groups", alice, key,
                MultiStoreOrders.basketFor(both.get(both.size() / 2 + 1), 1));
        assertEquals(422, otherSlot.status(), "the key was used for another slot: " + otherSlot);
        assertEquals(200, post("/ordering/api/orders/groups", alice, key, MultiStoreOrders.basketFor(slot, 1))
                .status(), "the same request answers the same group");

        Response cancelled = post("/ordering/api/orders/groups/" + id(group) + "/cancel", alice, null, null);
        assertEquals(List.of("CANCELLED", "CANCELLED"), parts(cancelled.object()).stream()
                .map(p -> p.getString("status")).toList(), cancelled::toString);
        Eventually.await("both kitchen places are given back", Duration.ofSeconds(20),
                () -> MultiStoreOrders.used(1, slot) + MultiStoreOrders.used(3, slot),
                used -> used == marcelBefore + fromagerieBefore);

        // with its own hours (08:00 to 23:30), the Fromagerie does not offer Chez Marcel's slots of the small hours
        MultiStoreOrders.restoreFromagerie(fromagerieWeek);
        try {
            LocalDate tomorrow = LocalDate.now(MultiStoreOrders.PARIS).plusDays(1);
            List<String> fromagerie = MultiStoreOrders.slots(3, tomorrow);
            String lacking = MultiStoreOrders.slots(1, tomorrow).stream().filter(s -> !fromagerie.contains(s))
                    .findFirst().orElseThrow();
            int marcelLacking = MultiStoreOrders.used(1, lacking);
            int stock = camembertStock();
            Response refused = post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(),
                    MultiStoreOrders.basketFor(lacking, 1));
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("problem.order.slotUnavailable", refused.object().getString("code"));
            assertEquals(3, refused.object().getJsonObject("errors").getInt("storeId"), "the store lacking it");
            assertEquals(marcelLacking, MultiStoreOrders.used(1, lacking), "no kitchen place held");
            assertEquals(stock, camembertStock(), "no stock held");
            Response price = post("/ordering/api/orders/groups/price", alice, null,
                    MultiStoreOrders.basketFor(lacking, 1));
            assertEquals(409, price.status(), "the basket's price tells it already: " + price);
        } finally {
            fromagerieWeek = MultiStoreOrders.openFromagerieAroundTheClock();
        }
        Response past = post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(),
                MultiStoreOrders.basketFor(Instant.now().minusSeconds(900).toString(), 1));
        assertEquals(400, past.status(), past::toString);
        assertEquals("problem.order.slotPast", past.object().getString("code"));
    }

    @Test
    void aFromageriesCouponTakesOffItsPartOnceThePaymentHoldsTheDiscountedSumAndWhenUsedUpNothingIsPlaced() {
        String alice = token("alice");
        String fromagerie = token("fromagerie");
        String code = "group-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = post(PROMOTIONS, fromagerie, null, """
                {"kind": "COUPON", "code": "%s", "amountMinor": 100, "currency": "EUR", "totalLimit": 1}"""
                .formatted(code));
        assertEquals(200, created.status(), created::toString);
        long couponId = id(created.object());

        Response priced = post("/ordering/api/orders/groups/price", alice, null, withCoupon(basket(1, 0), code));
        assertEquals(200, priced.status(), priced::toString);
        JsonObject price = priced.object();
        List<JsonObject> quoted = parts(price);
        JsonObject atMarcel = offer(quoted.get(0), code);
        assertFalse(atMarcel.getBoolean("applies"), price::toString);
        assertEquals("promotion.reason.otherStore", atMarcel.getString("reasonKey"), "why not at Chez Marcel");
        assertTrue(offer(quoted.get(1), code).getBoolean("applies"), price::toString);
        assertEquals(100, quoted.get(1).getJsonNumber("discountMinor").longValue());
        assertEquals(100, price.getJsonNumber("discountMinor").longValue());
        assertEquals(quoted.stream().mapToLong(p -> p.getJsonNumber("subtotalMinor").longValue()).sum()
                + price.getJsonNumber("deliveryFeeMinor").longValue() - 100, price.getJsonNumber("totalMinor")
                .longValue(), price::toString);

        Response placed = post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(),
                withCoupon(basket(1, 0), code.toUpperCase()));
        assertEquals(201, placed.status(), placed::toString);
        JsonObject group = placed.object();
        List<JsonObject> parts = parts(group);
        assertEquals(0, parts.get(0).getJsonArray("discounts").size(), "Chez Marcel's part: no discount");
        JsonObject cheese = parts.get(1);
        assertEquals(couponId, cheese.getJsonArray("discounts").getJsonObject(0).getJsonNumber("promotionId")
                .longValue(), group::toString);
        assertEquals(cheese.getJsonNumber("subtotalMinor").longValue() - 100,
                cheese.getJsonNumber("totalMinor").longValue(), "the Fromagerie's part is discounted");
        long total = group.getJsonNumber("totalMinor").longValue();
        assertEquals(price.getJsonNumber("totalMinor").longValue(), total, "placing charges what the price said");
        JsonObject hold = get("/payment/api/authorizations/" + group.getJsonNumber("paymentAuthorizationId"), alice)
                .object();
        assertEquals(total, hold.getJsonNumber("amountMinor").longValue(), "the payment holds the discounted sum");
        JsonObject redeemed = Eventually.await("the coupon's use is counted once", Duration.ofSeconds(30),
                () -> promotion(fromagerie, couponId), p -> p.getInt("redeemed") == 1);
        assertEquals(1, redeemed.getInt("used"));
        assertEquals(100, redeemed.getJsonNumber("discountTotalMinor").longValue());

        int stock = camembertStock();
        Response usedUp = post("/ordering/api/orders/groups", alice, UUID.randomUUID().toString(),
                withCoupon(basket(1, 0), code));
        assertEquals(409, usedUp.status(), usedUp::toString);
        assertEquals("problem.promotion.limitReached", usedUp.object().getString("code"));
        assertEquals(stock, camembertStock(), "nothing is placed or held");
        assertEquals(1, promotion(fromagerie, couponId).getInt("used"));

        assertEquals(200, post("/ordering/api/orders/groups/" + id(group) + "/cancel", alice, null, null).status());
        Eventually.await("the cancelled part gives its use back", Duration.ofSeconds(30),
                () -> promotion(fromagerie, couponId), p -> p.getInt("used") == 0);
    }

    private static String expecting(String basket, long totalMinor) {
        return basket.substring(0, basket.lastIndexOf('}')) + ", \"expectedTotalMinor\": " + totalMinor + "}";
    }

    private static String withCoupon(String basket, String code) {
        return basket.substring(0, basket.lastIndexOf('}')) + ", \"couponCode\": \"" + code + "\"}";
    }

    private static JsonObject offer(JsonObject part, String code) {
        return part.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> code.equalsIgnoreCase(o.getString("code", ""))).findFirst().orElseThrow();
    }

    private static JsonObject promotion(String merchant, long id) {
        return get(PROMOTIONS, merchant).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    /** Carlos, given the accepted part's job, picks it up at its merchant's and delivers it. */
    private static void handOver(long orderId, String merchant, String customer) {
        long jobId = Couriers.assign(orderId, "carlos");
        String carlos = token("carlos");
        Response picked = Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, merchant));
        assertEquals(200, picked.status(), picked::toString);
        Response delivered = Couriers.deliver(jobId, carlos, Couriers.deliveryCode(orderId, customer));
        assertEquals(200, delivered.status(), delivered::toString);
    }

    private static void awaitHold(long authorization, String customer, String status) {
        Eventually.await("hold " + authorization + " is " + status, Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + authorization, customer).object().getString("status"),
                status::equals);
    }

    /** What the card gateway's clearing account holds in euros: what was taken from cards, less refunds. */
    private static long clearing() {
        return get("/payment/api/ledger/balances", token("admin")).array().stream().map(JsonValue::asJsonObject)
                .filter(b -> "GATEWAY_CLEARING".equals(b.getString("account")) && "EUR".equals(b.getString("currency")))
                .mapToLong(b -> b.getJsonNumber("balanceMinor").longValue()).sum();
    }

    private static int camembertStock() {
        return get("/catalog/api/merchant/products", token("fromagerie")).array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("id").longValue() == CAMEMBERT)
                .findFirst().orElseThrow().getInt("stockQuantity");
    }

    private static void assertInvariantHolds() {
        JsonObject invariant = get("/payment/api/ledger/invariant", token("admin")).object();
        assertTrue(invariant.getBoolean("holds"), invariant::toString);
    }

    /**
     * A shop that saw a multi-store checkout end without an answer asks for the customer's multi-store order placed
     * with that Idempotency-Key before it offers to pay again: the caller's own only.
     */
    @Test
    void aMultiStoreOrderFoundByKeyIsTheCustomersOwnOnly() {
        String alice = token("alice");
        String key = UUID.randomUUID().toString();
        assertEquals(0, get(BY_KEY + key, alice).array().size(), "nothing placed with the key yet");

        Response placed = post("/ordering/api/orders/groups", alice, key, basket(1, 0));
        assertEquals(201, placed.status(), placed::toString);
        long groupId = id(placed.object());
        try {
            Response found = get(BY_KEY + key, alice);
            assertEquals(200, found.status(), found::toString);
            assertEquals(1, found.array().size(), found::toString);
            JsonObject group = found.array().getJsonObject(0);
            assertEquals(groupId, id(group));
            assertEquals(2, parts(group).size(), "with its parts");

            assertEquals(0, get(BY_KEY + key, token("ben")).array().size(), "another customer's key finds nothing");
            assertEquals(0, get(BY_KEY + UUID.randomUUID(), alice).array().size(), "an unknown key finds nothing");
        } finally {
            Response cancelled = post("/ordering/api/orders/groups/" + groupId + "/cancel", alice, null, null);
            assertEquals(200, cancelled.status(), cancelled::toString);
        }
    }

    @Test
    void aMultiStoreOrderByKeyNeedsAKeyOfOneToAHundredCharactersAndACustomer() {
        String alice = token("alice");
        for (String path : List.of("/ordering/api/orders/groups", BY_KEY, BY_KEY + "k".repeat(101))) {
            Response refused = get(path, alice);
            assertEquals(400, refused.status(), path + ": " + refused);
            assertEquals("problem.idempotencyKeyInvalid", refused.object().getString("code"), refused::toString);
        }
        assertEquals(403, get(BY_KEY + UUID.randomUUID(), token("marcel")).status(), "a merchant has no checkouts");
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
