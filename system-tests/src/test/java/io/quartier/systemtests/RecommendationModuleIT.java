package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.ShopSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The optional recommendation module, on a Payara Micro instance of its own (see {@link Platform}), comes and goes
 * while the core keeps working: the shop's pages without it, with it slow, with it switched off; orders placed while
 * it was down reach it when it returns (its durable subscription). Ordered: the first test needs a module that has
 * never run.
 */
@ExtendWith(Platform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendationModuleIT {

    /** The home page for a place in Pigalle: Chez Marcel (1) and the Fromagerie (3) deliver there. */
    static final String HOME = "/shop/index.xhtml?lat=48.8796&lon=2.3353&place=Pigalle";
    static final String STORE_PAGE = "/shop/store.xhtml?id=1";
    static final String STRIP = "data-test=\"suggestions\"";
    /** Ben's card (demo data). */
    static final long BENS_CARD = 3;

    @AfterEach
    void moduleStopped() throws InterruptedException {
        Platform.stopModule();
    }

    @Test
    @Order(1)
    void withoutTheModuleThePagesHaveNoStripAndCheckoutWorks() throws Exception {
        ShopSession alice = new ShopSession();
        alice.logIn("alice");

        String home = alice.page(HOME);
        String store = alice.page(STORE_PAGE);
        JsonObject order = Orders.place(token("ben"), Orders.atCamden(201, 1, BENS_CARD));

        assertTrue(home.contains("data-store=\"1\""), "the home page lists the stores");
        assertFalse(home.contains(STRIP), "no suggestions strip without the module");
        assertTrue(store.contains("data-test=\"add-101\""), "the store page lists its products");
        assertFalse(store.contains(STRIP));
        assertEquals("PLACED", order.getString("status"));
    }

    @Test
    @Order(2)
    void suggestsFromTheCustomersOwnOrdersAndLearnsOrdersPlacedWhileItWasDown() throws Exception {
        Platform.startModule(Map.of());
        JsonArray forAlice = recommendations("alice", "near=1,3");
        assertTrue(forAlice.stream().map(JsonValue::asJsonObject).anyMatch(r ->
                        "recommendation.reason.becauseYouOrdered".equals(r.getString("reason"))
                                && "Boeuf bourguignon".equals(r.getString("argument", null))),
                "alice, who ordered the bourguignon (demo data), is told why: " + forAlice);
        assertTrue(forAlice.stream().map(JsonValue::asJsonObject)
                        .noneMatch(r -> r.getJsonNumber("productId").longValue() == 101),
                "what she ordered is not suggested to her: " + forAlice);
        ShopSession alicesShop = new ShopSession();
        alicesShop.logIn("alice");
        Eventually.await("the home page shows the strip once the module answers", Duration.ofSeconds(20),
                () -> page(alicesShop, HOME), page -> page.contains(STRIP));
        String storePage = alicesShop.page(STORE_PAGE);
        assertTrue(storePage.contains(STRIP) && storePage.contains("data-test=\"suggestion-105\""),
                "Chez Marcel's page suggests its crème brûlée to alice, who ordered the bourguignon");

        Platform.stopModule();
        JsonObject milk = Orders.place(token("ben"), Orders.atCamden(206, 1, BENS_CARD));
        String milkName = milk.getJsonArray("lines").getJsonObject(0).getString("name");
        Platform.startModule(Map.of());

        JsonArray forBen = Eventually.await("ben's order placed while the module was down reaches it",
                Duration.ofSeconds(60), () -> recommendations("ben", "near=2"),
                list -> list.stream().map(JsonValue::asJsonObject).anyMatch(r -> milkName.equals(r.getString("argument", null))));
        assertTrue(forBen.stream().map(JsonValue::asJsonObject).noneMatch(r -> r.getJsonNumber("productId").longValue() == 206),
                "the milk he ordered is no longer suggested: " + forBen);
    }

    @Test
    @Order(3)
    void aCustomerOrAMerchantWhoSaysNoGetsNoSuggestions() throws Exception {
        Platform.startModule(Map.of());
        String module = Platform.moduleUrl() + "/recommendation/api";
        try {
            assertEquals(200, Api.put(module + "/preferences/me", token("alice"), "{\"enabled\": false}").status());
            assertEquals(0, recommendations("alice", "near=1,3").size(), "alice said no");
            assertEquals(200, Api.put(module + "/preferences/me", token("alice"), "{\"enabled\": true}").status());

            assertEquals(200, Api.put(module + "/merchants/me", token("marcel"), "{\"enabled\": false}").status());
            JsonArray withoutMarcel = recommendations("alice", "near=1,3");
            assertFalse(withoutMarcel.isEmpty(), "the Fromagerie's products are still suggested");
            assertTrue(withoutMarcel.stream().map(JsonValue::asJsonObject)
                    .allMatch(r -> r.getJsonNumber("storeId").longValue() == 3), "none of Chez Marcel's: " + withoutMarcel);
            assertEquals(0, recommendations("alice", "store=1").size(), "none on Chez Marcel's page");
        } finally {
            Api.put(module + "/merchants/me", token("marcel"), "{\"enabled\": true}");
            Api.put(module + "/preferences/me", token("alice"), "{\"enabled\": true}");
        }
        assertEquals(403, Api.get(module + "/recommendations?near=1", token("marcel")).status(),
                "a merchant reads no customer's suggestions");
        assertEquals(400, Api.get(module + "/recommendations?near=1,x", token("alice")).status());
        assertEquals(400, Api.get(module + "/recommendations?near=1&limit=100000", token("alice")).status());
    }

    @Test
    @Order(4)
    void aSlowModuleDoesNotSlowTheShopsPages() throws Exception {
        ShopSession alice = new ShopSession();
        alice.logIn("alice");
        List<Long> without = timings(alice, 5, new ArrayList<>());
        Duration delay = Duration.ofSeconds(5);
        Platform.startModule(Map.of("RECOMMENDATION_ANSWER_DELAY", delay.toString()));

        List<String> pages = new ArrayList<>();
        List<Long> slow = timings(alice, 5, pages);

        System.out.printf("home and store pages, ms: module absent %s; module answering after %d s %s%n", without,
                delay.toSeconds(), slow);
        assertTrue(pages.stream().noneMatch(p -> p.contains(STRIP)), "no strip from a module that does not answer in time");
        assertTrue(Collections.max(slow) < delay.toMillis(), "no page waited for the module: " + slow);
    }

    @Test
    @Order(5)
    void switchedOffTheModuleAnswersNothingAndTheCoreWorks() throws Exception {
        Platform.startModule(Map.of("RECOMMENDATION_ENABLED", "false"));
        ShopSession alice = new ShopSession();
        alice.logIn("alice");

        assertEquals(0, recommendations("alice", "near=1,3").size());
        assertFalse(alice.page(HOME).contains(STRIP));
        assertEquals("PLACED", Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1)).getString("status"));
    }

    /**
     * Checkouts (two clients) and shop pages (one) run without a pause while the module's instance is stopped,
     * started, stopped again (the module gone from the platform) and started again: none fails. Prints the checkout
     * latency during those events next to the latency of the same load with the module simply running.
     */
    @Test
    @Order(6)
    void checkoutsAndPagesNeverFailWhileTheModuleComesAndGoes() throws Exception {
        Platform.startModule(Map.of());
        Load steady = Load.during(() -> TimeUnit.SECONDS.sleep(20));
        Load churn = Load.during(() -> {
            Platform.stopModule();
            Platform.startModule(Map.of());
            Platform.stopModule();
            Platform.startModule(Map.of());
        });

        System.out.printf("checkouts with the module running:        %s%n", steady.checkouts);
        System.out.printf("checkouts while it stopped and started:   %s%n", churn.checkouts);
        System.out.printf("shop pages with the module running:       %s%n", steady.pages);
        System.out.printf("shop pages while it stopped and started:  %s%n", churn.pages);
        assertEquals(List.of(), steady.failures, "no request failed with the module running");
        assertEquals(List.of(), churn.failures, "no request failed while the module came and went");
        assertTrue(churn.checkouts.count() > 0 && churn.pages.count() > 0, "the load ran during the events");
    }

    /** The module's suggestions for the customer, asked directly ({@code 200} expected). */
    static JsonArray recommendations(String customer, String query) {
        Api.Response answer = Api.get(Platform.moduleUrl() + "/recommendation/api/recommendations?" + query,
                token(customer));
        assertEquals(200, answer.status(), answer::toString);
        return answer.array();
    }

    private static String page(ShopSession session, String path) {
        try {
            return session.page(path);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Milliseconds each of {@code rounds} home and store pages took; the pages go into {@code pages}. */
    private static List<Long> timings(ShopSession session, int rounds, List<String> pages) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (String path : List.of(HOME, STORE_PAGE)) {
                long start = System.nanoTime();
                pages.add(session.page(path));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        return millis;
    }

    /** Checkouts of alice's and her shop pages, sent without a pause while {@code events} run. */
    private record Load(Latencies checkouts, Latencies pages, List<String> failures) {

        interface Events {
            void run() throws Exception;
        }

        static Load during(Events events) throws Exception {
            Load load = new Load(new Latencies(), new Latencies(), Collections.synchronizedList(new ArrayList<>()));
            String token = token("alice");
            ShopSession shop = new ShopSession();
            shop.logIn("alice");
            AtomicBoolean done = new AtomicBoolean();
            List<Long> orders = Collections.synchronizedList(new ArrayList<>());
            ExecutorService clients = Executors.newFixedThreadPool(3);
            for (int i = 0; i < 2; i++) {
                clients.submit(() -> load.repeat(done, load.checkouts, () -> {
                    Api.Response placed = Api.post("/ordering/api/orders", token, UUID.randomUUID().toString(),
                            Orders.inParis(1, 101, 1, 1));
                    if (placed.status() == 201) {
                        orders.add(placed.object().getJsonNumber("id").longValue());
                    }
                    return placed.status() == 201 ? null : "checkout " + placed.status() + " " + placed.body();
                }));
            }
            clients.submit(() -> load.repeat(done, load.pages, () -> {
                for (String path : List.of(HOME, STORE_PAGE)) {
                    int status = shop.get(path).statusCode();
                    if (status != 200) {
                        return path + " " + status;
                    }
                }
                return null;
            }));
            try {
                events.run();
            } finally {
                done.set(true);
                clients.shutdown();
                clients.awaitTermination(2, TimeUnit.MINUTES);
                cancel(orders, token);
            }
            return load;
        }

        /**
         * The load's orders are cancelled once it is over: left placed, hundreds of them would be rejected by the
         * acceptance deadline a minute later, each giving its stock back, and the store's pages in the tests that run
         * then would re-render under their feet.
         */
        private static void cancel(List<Long> orders, String token) throws InterruptedException {
            ExecutorService cancelling = Executors.newFixedThreadPool(6);
            for (long id : List.copyOf(orders)) {
                cancelling.submit(() -> Api.post("/ordering/api/orders/" + id + "/cancel", token, null, null));
            }
            cancelling.shutdown();
            cancelling.awaitTermination(5, TimeUnit.MINUTES);
        }

        private void repeat(AtomicBoolean done, Latencies latencies, Callable<String> request) {
            while (!done.get()) {
                long start = System.nanoTime();
                String failure;
                try {
                    failure = request.call();
                } catch (Exception e) {
                    failure = e.toString();
                }
                latencies.add(System.nanoTime() - start);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
    }

    /** Request latencies, printed as count, p50 and p99. */
    private static final class Latencies {

        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

        void add(long latency) {
            nanos.add(latency);
        }

        int count() {
            return nanos.size();
        }

        @Override
        public String toString() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return String.format("%5d requests   p50 %7.1f ms   p99 %7.1f ms", sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 99));
        }

        private static double percentile(List<Long> sorted, int p) {
            return sorted.isEmpty() ? 0
                    : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }
    }
}
