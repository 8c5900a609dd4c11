package io.quartier.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.ShopSession;
import java.io.IOException;
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

    @Test
    void shopPagesAndMenuAgainstATrivialEndpoint() throws Exception {
        List<ShopSession> customers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            ShopSession customer = new ShopSession();
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
    private static Latencies run(List<ShopSession> customers, String path, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(customers.size());
        for (ShopSession customer : customers) {
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
