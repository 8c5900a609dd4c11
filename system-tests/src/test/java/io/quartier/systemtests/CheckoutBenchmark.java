package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkouts per second and their latency at a fixed concurrency, against the launched platform, with a trivial
 * JAX-RS endpoint on the same server (identity's public key) as the ceiling, measured in the same run. Prints the
 * figures; asserts only that the requests succeeded (never a time). Run with the README's benchmark command.
 */
@ExtendWith(Platform.class)
class CheckoutBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 30));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void checkoutsPerSecondAgainstATrivialEndpoint() throws Exception {
        String alice = token("alice");
        Supplier<HttpRequest> trivial = () -> HttpRequest.newBuilder(URI.create(Platform.baseUrl()
                + "/identity/api/keys/jwt.pem")).timeout(Duration.ofSeconds(30)).GET().build();
        Supplier<HttpRequest> checkout = () -> HttpRequest.newBuilder(URI.create(Platform.baseUrl() + "/ordering/api/orders"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + alice).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Orders.inParis(1, 101, 1, 1))).build();

        run("warm-up, trivial", trivial, WARM_UP);
        run("warm-up, checkout", checkout, WARM_UP);
        Result ceiling = run("trivial endpoint", trivial, MEASURE);
        Result checkouts = run("checkout", checkout, MEASURE);

        System.out.printf("%nbenchmark: %d clients, %d s each, after %d s of warm-up per endpoint%n", CLIENTS,
                MEASURE.toSeconds(), WARM_UP.toSeconds());
        System.out.println(ceiling);
        System.out.println(checkouts);
        System.out.printf("checkout throughput is %.1f %% of the trivial endpoint's%n",
                100.0 * checkouts.perSecond() / ceiling.perSecond());
        assertTrue(checkouts.failed() == 0 && ceiling.failed() == 0, "every request succeeded: " + checkouts + ceiling);
    }

    private Result run(String name, Supplier<HttpRequest> request, Duration duration) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() >= 300) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(name, sorted.size(), failed.get(), sorted.size() / (double) duration.toSeconds(),
                percentile(sorted, 50), percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    record Result(String name, int requests, int failed, double perSecond, double p50Millis, double p99Millis) {

        @Override
        public String toString() {
            return String.format("%-17s %7.1f requests/s   p50 %7.1f ms   p99 %7.1f ms   (%d requests, %d failed)",
                    name, perSecond, p50Millis, p99Millis, requests, failed);
        }
    }
}
