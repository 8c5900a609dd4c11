package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.serviceToken;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.FromagerieAroundTheClock;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox's 3-D Secure test card (4000 0000 0000 3220): payment asks for a challenge (402 with its page), the
 * customer answers it on the sandbox's page, and only then, once, is the same card, amount and order held; checkout
 * places nothing while it waits and places the order when asked again with the same key.
 */
@ExtendWith({Platform.class, FromagerieAroundTheClock.class})
class ThreeDSecureIT {

    static final String CHALLENGE_CARD = "4000 0000 0000 3220";
    private static final long CAMEMBERT = MultiStoreOrders.CAMEMBERT;

    private static final String BACK = "/shop/basket.xhtml";

    @Test
    void aPassedChallengeLetsItsAttemptThroughOnceAndAFailedOneDeclinesIt() {
        long aliceCard = id(PaymentMethodsIT.saved(token("alice"), SandboxCardForm.token(CHALLENGE_CARD)));
        long benCard = id(PaymentMethodsIT.saved(token("ben"), SandboxCardForm.token(CHALLENGE_CARD)));
        String reference = String.valueOf(910_000_000 + (int) (Math.random() * 1_000_000));

        Response asked = authorize(reference, 1, aliceCard, 1850);
        assertEquals(402, asked.status(), asked::toString);
        assertEquals("problem.payment.authenticationRequired", asked.object().getString("code"));
        String page = challengeUrl(asked);
        assertTrue(page.matches("/payment/sandbox/challenge\\?id=[0-9a-f]{32}"), page);
        Response shown = Api.getAny(page + "&return=" + encode(BACK) + "&state=state12345");
        assertEquals(200, shown.status(), shown::toString);
        assertTrue(shown.body().contains("id=\"complete\"") && shown.body().contains("id=\"fail\""), shown.body());
        assertTrue(shown.body().contains("€18.50"), "the page shows what the customer confirms: " + shown.body());

        assertEquals("passed", answer(page, "complete"));
        assertEquals("over", answer(page, "fail"), "answered once");
        Response over = Api.getAny(page + "&return=" + encode(BACK) + "&state=state12345");
        assertTrue(over.body().contains("id=\"over\"") && !over.body().contains("id=\"complete\""),
                "an answered challenge is shown as over, with no button to answer it again: " + over.body());
        assertTrue(over.body().contains("href=\"" + BACK + "?state=state12345&amp;challenge=over\""), over.body());
        assertEquals(402, authorize(reference, 1, aliceCard, 1851).status(), "another amount needs its own challenge");
        assertEquals(404, authorize(reference, 2, aliceCard, 1850).status(), "another customer cannot use alice's card");
        Response bens = authorize(reference, 2, benCard, 1850);
        assertEquals("problem.payment.authenticationRequired", bens.object().getString("code"),
                "ben's card does not take alice's challenge");
        Response held = authorize(reference, 1, aliceCard, 1850);
        assertEquals(200, held.status(), held::toString);
        assertEquals("AUTHORIZED", held.object().getString("status"));
        Response same = authorize(reference, 1, aliceCard, 1850);
        assertEquals(held.object().getJsonNumber("id"), same.object().getJsonNumber("id"),
                "the same attempt under another key is the same hold, not a second one: " + same);

        String failedReference = String.valueOf(Long.parseLong(reference) + 1);
        String failing = challengeUrl(authorize(failedReference, 1, aliceCard, 1850));
        assertEquals("failed", answer(failing, "fail"));
        Response declined = authorize(failedReference, 1, aliceCard, 1850);
        assertEquals(402, declined.status(), declined::toString);
        assertEquals("problem.payment.authenticationFailed", declined.object().getString("code"));
    }

    @Test
    void checkoutPlacesNothingWhileTheBankWaitsAndPlacesTheOrderOnceAskedAgainWithTheSameKey() {
        String alice = token("alice");
        long card = id(PaymentMethodsIT.saved(alice, SandboxCardForm.token(CHALLENGE_CARD)));
        int stockBefore = camembertStock();
        String key = UUID.randomUUID().toString();
        String body = Orders.inParis(3, CAMEMBERT, 1, card);

        Response waiting = post("/ordering/api/orders", alice, key, body);
        assertEquals(402, waiting.status(), waiting::toString);
        assertEquals("problem.order.authenticationRequired", waiting.object().getString("code"));
        String page = challengeUrl(waiting);
        assertTrue(placedUnder(key, alice).isEmpty(), "nothing placed");
        assertEquals(stockBefore, camembertStock(), "the stock is given back");

        assertEquals("passed", answer(page, "complete"));
        Response placed = post("/ordering/api/orders", alice, key, body);
        assertEquals(201, placed.status(), placed::toString);
        assertEquals("PLACED", placed.object().getString("status"));
        Response again = post("/ordering/api/orders", alice, key, body);
        assertEquals(placed.object().getJsonNumber("id"), again.object().getJsonNumber("id"), again::toString);
        assertEquals(List.of(placed.object().getJsonNumber("id").longValue()), placedUnder(key, alice),
                "one order, charged once");
        assertEquals(stockBefore - 1, camembertStock());
    }

    /** The orders placed (not failed) under the checkout's key: a customer's list holds only the latest hundred. */
    private static List<Long> placedUnder(String key, String customer) {
        return get("/ordering/api/orders?idempotencyKey=" + key, customer).array().getValuesAs(JsonObject.class)
                .stream().filter(o -> !"FAILED".equals(o.getString("status")))
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aMultiStoreCheckoutWaitsForTheBankAndIsPlacedOnceAskedAgainWithTheSameKey() {
        String alice = token("alice");
        int stockBefore = camembertStock();
        GroupAtTheBank waiting = groupAtTheBank(alice, 100);

        assertEquals("passed", answer(waiting.challengeUrl(), "complete"));
        Response placed = waiting.askedAgainBy(alice);
        assertEquals(201, placed.status(), placed::toString);
        assertEquals(List.of("PLACED", "PLACED"), MultiStoreOrders.parts(placed.object()).stream()
                .map(p -> p.getString("status")).toList());
        Response again = waiting.askedAgainBy(alice);
        assertEquals(placed.object().getJsonNumber("id"), again.object().getJsonNumber("id"), again::toString);
        assertEquals(stockBefore - 1, camembertStock(), "held once");
        cancel(placed.object(), alice, stockBefore);
    }

    @Test
    void aMultiStoreCheckoutWhoseChallengeFailedIsDeclinedOnceAndPlacesNothing() {
        String alice = token("alice");
        int stockBefore = camembertStock();
        GroupAtTheBank waiting = groupAtTheBank(alice, 0);
        assertEquals("failed", answer(waiting.challengeUrl(), "fail"));

        for (int attempt = 0; attempt < 2; attempt++) {
            Response declined = waiting.askedAgainBy(alice);
            assertEquals(402, declined.status(), declined::toString);
            assertEquals("problem.payment.authenticationFailed", declined.object().getString("code"),
                    "declined, never a new challenge: " + declined);
        }
        List<String> underKey = groupsUnder(waiting.key(), alice).stream().map(g -> g.getString("status")).toList();
        assertEquals(List.of("FAILED"), underKey, "the key names one failed order, nothing placed");
        assertEquals(stockBefore, camembertStock(), "every part's stock is given back");
    }

    @Test
    void aMultiStoreCheckoutAskedAgainSeveralTimesAtOnceAfterTheChallengeIsPlacedOnceAndIsTheCustomersOwn()
            throws Exception {
        String alice = token("alice");
        String ben = token("ben");
        int stockBefore = camembertStock();
        GroupAtTheBank waiting = groupAtTheBank(alice, 0);
        assertEquals("passed", answer(waiting.challengeUrl(), "complete"));

        Response bens = waiting.askedAgainBy(ben);
        assertTrue(bens.status() >= 400 && bens.status() < 500, "ben cannot pay with alice's card: " + bens);
        assertTrue(groupsUnder(waiting.key(), ben).stream().allMatch(g -> "FAILED".equals(g.getString("status"))),
                "ben's key is his own and placed nothing");
        assertEquals(stockBefore, camembertStock(), "nothing held for ben");

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Response>> answers;
        try {
            Callable<Response> asked = () -> waiting.askedAgainBy(alice);
            answers = clients.invokeAll(Collections.nCopies(4, asked));
        } finally {
            clients.shutdownNow();
        }
        List<JsonObject> under = groupsUnder(waiting.key(), alice);
        assertEquals(1, under.size(), under::toString);
        JsonObject placed = under.get(0);
        try {
            assertEquals("PLACED", placed.getString("status"), placed::toString);
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertTrue(response.status() == 200 || response.status() == 201, response::toString);
                assertEquals(placed.getJsonNumber("id"), response.object().getJsonNumber("id"),
                        "every request answers the one order, none asks the bank again: " + response);
            }
            assertEquals(stockBefore - 1, camembertStock(), "held once");
            assertTrue(groupsUnder(waiting.key(), ben).stream()
                    .noneMatch(g -> g.getJsonNumber("id").equals(placed.getJsonNumber("id"))),
                    "alice's order is not found under ben's key");
        } finally {
            cancel(placed, alice, stockBefore);
        }
    }

    /**
     * The customer cancels the group, and the test waits for catalog to give its Camembert back (on hearing of the
     * cancellation, a moment later), so that the next test counts from the stock as it is.
     */
    private static void cancel(JsonObject group, String customer, int stockBack) {
        Response cancelled = post("/ordering/api/orders/groups/" + group.getJsonNumber("id") + "/cancel",
                customer, null, null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        Eventually.await("the cancelled order's Camembert is back in stock", Duration.ofSeconds(30),
                ThreeDSecureIT::camembertStock, stock -> stock == stockBack);
    }

    /** A multi-store checkout the bank asked to challenge: its key, its basket, and the bank's page. */
    private record GroupAtTheBank(String key, String basket, String challengeUrl) {

        /** The same checkout (key and basket) asked again by {@code customer}. */
        Response askedAgainBy(String customer) {
            return post("/ordering/api/orders/groups", customer, key, basket);
        }
    }

    /**
     * Saves the challenge card for the customer and checks the two-store basket out with it: refused with the bank's
     * page, every part's stock given back.
     */
    private static GroupAtTheBank groupAtTheBank(String customer, long tipMinor) {
        long card = id(PaymentMethodsIT.saved(customer, SandboxCardForm.token(CHALLENGE_CARD)));
        int stockBefore = camembertStock();
        String key = UUID.randomUUID().toString();
        String basket = MultiStoreOrders.basket(card, tipMinor);
        Response waiting = post("/ordering/api/orders/groups", customer, key, basket);
        assertEquals(402, waiting.status(), waiting::toString);
        assertEquals("problem.order.authenticationRequired", waiting.object().getString("code"));
        assertEquals(stockBefore, camembertStock(), "every part's stock is given back while the bank waits");
        return new GroupAtTheBank(key, basket, challengeUrl(waiting));
    }

    /** The customer's multi-store orders under the checkout's key (a failed one included). */
    private static List<JsonObject> groupsUnder(String key, String customer) {
        Response found = get("/ordering/api/orders/groups?idempotencyKey=" + key, customer);
        assertEquals(200, found.status(), found::toString);
        return found.array().getValuesAs(JsonObject.class);
    }

    private static Response authorize(String reference, long customerId, long methodId, long amountMinor) {
        return post("/payment/api/authorizations", serviceToken(), "3ds:" + UUID.randomUUID(),
                "{\"orderReference\": \"%s\", \"customerId\": %d, \"paymentMethodId\": %d, \"amountMinor\": %d, \"currency\": \"EUR\"}"
                        .formatted(reference, customerId, methodId, amountMinor));
    }

    /** What the customer's click on the challenge page tells the shop: passed, failed or over. */
    static String answer(String page, String button) {
        String id = page.substring(page.indexOf("id=") + 3);
        Response sent = Api.postAs("/payment/sandbox/challenge", null, "application/x-www-form-urlencoded",
                "return=" + encode(BACK) + "&state=state12345&id=" + id + "&" + button + "=");
        assertEquals(303, sent.status(), sent::toString);
        String location = sent.header("Location");
        assertTrue(location.startsWith(BACK + "?state=state12345&challenge="), location);
        return location.substring(location.indexOf("challenge=") + "challenge=".length());
    }

    private static String challengeUrl(Response refused) {
        return refused.object().getJsonObject("errors").getString("challengeUrl");
    }

    private static long id(JsonObject method) {
        return method.getJsonNumber("id").longValue();
    }

    private static int camembertStock() {
        return get("/catalog/api/merchant/products", token("fromagerie")).array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("id").longValue() == CAMEMBERT)
                .findFirst().orElseThrow().getInt("stockQuantity");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
