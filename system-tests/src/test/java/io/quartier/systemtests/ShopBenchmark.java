package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Platform;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the lunch peak hits, against the launched platform: the shop's home page (with a delivery place), a store's
 * page, the basket page (one line in it) and the menu API, each next to a trivial JAX-RS endpoint on the same server
 * (identity's public key) measured in the same run, as the ceiling. Every client is a customer of its own: its own
 * connection (HTTP/1.1, kept alive), its own cookies and so its own logged-in session, as a browser has. Each
 * endpoint is warmed up, then measured for a fixed time with every client sending its next request as soon as the
 * last one is answered. Prints pages (or requests) per second, p50 and p99, and each one's share of the ceiling;
 * asserts only that every request succeeded (never a time). Run with the README's benchmark command.
 */
@ExtendWith(Platform.class)
class ShopBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));

    /** Chez Marcel, open at every hour on the demo data, and its beef bourguignon (no options to choose). */
    private static final long STORE = 1;
    private static final long PRODUCT = 101;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void shopPagesAndMenuAgainstATrivialEndpoint() throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Customer customer = new Customer();
            customer.logIn("alice");
            customer.addToBasket(STORE, PRODUCT);
            customers.add(customer);
        }
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("trivial endpoint", "/identity/api/keys/jwt.pem");
        targets.put("menu API", "/catalog/api/stores/" + STORE + "/products?lang=fr");
        targets.put("home page", "/shop/index.xhtml?lat=48.8796&lon=2.3353&place=Pigalle");
        targets.put("store page", "/shop/store.xhtml?id=" + STORE);
        targets.put("basket page", "/shop/basket.xhtml");

        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, String> target : targets.entrySet()) {
            run(customers, target.getValue(), WARM_UP);
            results.add(new Result(target.getKey(), run(customers, target.getValue(), MEASURE), MEASURE));
        }

        Result ceiling = results.get(0);
        System.out.printf("%nshop benchmark: %d clients, %d s each, after %d s of warm-up per endpoint%n", CLIENTS,
                MEASURE.toSeconds(), WARM_UP.toSeconds());
        for (Result result : results) {
            System.out.printf("%s   %5.1f %% of the trivial endpoint%s%n", result,
                    100.0 * result.perSecond() / ceiling.perSecond(),
                    result.failures().isEmpty() ? "" : "   failures: " + result.failures());
        }
        assertTrue(results.stream().allMatch(r -> r.failed() == 0), "every request succeeded: " + results);
    }

    /** Every customer asks for {@code path} again and again for {@code duration}; the latencies, and the failures. */
    private static Latencies run(List<Customer> customers, String path, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(customers.size());
        for (Customer customer : customers) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    String failure;
                    try {
                        int status = customer.get(path).statusCode();
                        failure = status == 200 ? null : "HTTP " + status;
                    } catch (IOException | InterruptedException | RuntimeException e) {
                        failure = e.toString();
                    }
                    latencies.add(System.nanoTime() - start, failure);
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        return latencies;
    }

    /** A browser's worth of state: one connection kept alive, cookies, a session once logged in. */
    private static final class Customer {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(Platform.baseUrl() + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The shop's login form, filled and sent as a browser does. */
        void logIn(String username) throws IOException, InterruptedException {
            String form = page("/shop/login.xhtml");
            HttpResponse<String> answer = post("/shop/login.xhtml", Map.of("login", "login",
                    "login:username", username, "login:password", PASSWORD, "login:submit", "",
                    "jakarta.faces.ViewState", viewState(form)), false);
            String basket = page("/shop/basket.xhtml");
            if (answer.statusCode() >= 400 || basket.contains("login:password")) {
                throw new IllegalStateException("the shop's login of " + username + " failed: " + answer.statusCode());
            }
        }

        /** Presses the store page's "add" button of the product, as its Ajax request. */
        void addToBasket(long store, long product) throws IOException, InterruptedException {
            String page = page("/shop/store.xhtml?id=" + store);
            Matcher button = Pattern.compile("<button id=\"([^\"]+)\"[^>]*data-test=\"add-" + product + "\"").matcher(page);
            if (!button.find()) {
                throw new IllegalStateException("no add button for product " + product + " on the store page");
            }
            String id = button.group(1);
            HttpResponse<String> added = post("/shop/store.xhtml?id=" + store, Map.of(
                    "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", id,
                    "jakarta.faces.partial.execute", id, "jakarta.faces.partial.render", "store:basketBar options",
                    id, id, "store", "store", "jakarta.faces.ViewState", viewState(page)), true);
            if (added.statusCode() != 200 || !added.body().contains("(1)")) {
                throw new IllegalStateException("the product was not added to the basket: " + added.body());
            }
        }

        private String page(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = get(path);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            return page.body();
        }

        private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax)
                throws IOException, InterruptedException {
            String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.baseUrl() + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String viewState(String page) {
            Matcher state = VIEW_STATE.matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state in the page");
            }
            return state.group(1);
        }
    }

    /** Latencies in nanoseconds, from every client at once. */
    private static final class Latencies {

        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger failed = new AtomicInteger();
        /** Each way a request failed, once. */
        private final Set<String> failures = ConcurrentHashMap.newKeySet();

        void add(long latency, String failure) {
            nanos.add(latency);
            if (failure != null) {
                failed.incrementAndGet();
                failures.add(failure);
            }
        }

        List<Long> sorted() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted;
        }
    }

    record Result(String name, int requests, int failed, double perSecond, double p50Millis, double p99Millis,
                  Set<String> failures) {

        Result(String name, Latencies latencies, Duration duration) {
            this(name, latencies.sorted(), latencies.failed.get(), duration, Set.copyOf(latencies.failures));
        }

        private Result(String name, List<Long> sorted, int failed, Duration duration, Set<String> failures) {
            this(name, sorted.size(), failed, sorted.size() / (double) duration.toSeconds(), percentile(sorted, 50),
                    percentile(sorted, 99), failures);
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%-17s %7.1f per s   p50 %7.1f ms   p99 %7.1f ms   (%d requests, %d failed)",
                    name, perSecond, p50Millis, p99Millis, requests, failed);
        }
    }
}
