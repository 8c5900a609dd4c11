package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform.Crash;
import io.quartier.systemtests.support.Platform;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Durability: checkouts run on several clients while one of the platform's Java processes is killed outright; after
 * the restart every order that was acknowledged exists, and every checkout asked again with its Idempotency-Key
 * gives the one order it made (or makes it now, or, when the recovery gave the interrupted checkout up meanwhile,
 * says so every time), never a second one.
 */
@ExtendWith(Platform.class)
class CrashRecoveryIT {

    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @ParameterizedTest
    @EnumSource(Crash.class)
    void everyAcknowledgedOrderOutlivesAKilledProcess(Crash crash) throws Exception {
        String alice = token("alice");
        String body = Orders.inParis(1, 101, 1, 1);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String key = UUID.randomUUID().toString();
                    try {
                        Response r = post("/ordering/api/orders", alice, key, body);
                        if (r.status() == 201) {
                            acknowledged.put(key, r.object().getJsonNumber("id").longValue());
                        } else {
                            refused.incrementAndGet();
                            unanswered.add(key); // a 5xx while Payara dies: the outcome is unknown to the client
                        }
                    } catch (UncheckedIOException | IllegalStateException e) {
                        unanswered.add(key); // the connection broke: the outcome is unknown to the client
                        return;
                    }
                }
            });
        }
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < waitUntil) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "checkouts went through before the kill: "
                + acknowledged.size() + " acknowledged, " + refused.get() + " refused");

        Platform.crashAndRestart(crash); // fails when anything of the platform outlives the kill
        clients.shutdownNow();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES));

        String againToken = token("alice");
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Long> order : acknowledged.entrySet()) {
            Response found = get("/ordering/api/orders/" + order.getValue(), againToken);
            if (found.status() != 200) {
                lost.add(order.getValue() + ": " + found);
                continue;
            }
            Response again = post("/ordering/api/orders", againToken, order.getKey(), body);
            assertEquals(200, again.status(), () -> "the same key gives the same order: " + again);
            assertEquals(order.getValue(), again.object().getJsonNumber("id").longValue());
        }
        assertEquals(List.of(), lost, acknowledged.size() + " acknowledged before " + crash + " was killed; these were lost");

        int givenUp = 0;
        for (String key : unanswered) {
            Response retried = post("/ordering/api/orders", againToken, key, body);
            Response twice = post("/ordering/api/orders", againToken, key, body);
            if (retried.status() == 409) {
                // interrupted mid-checkout and given up by the recovery while the platform restarted: nothing kept
                assertEquals("problem.order.abandoned", retried.object().getString("code"), retried::toString);
                assertEquals(retried.body(), twice.body(), "the same key, the same answer");
                givenUp++;
                continue;
            }
            assertTrue(retried.status() == 200 || retried.status() == 201, () -> "a retried checkout completes: " + retried);
            assertEquals(200, twice.status(), twice::toString);
            assertEquals(retried.object().getJsonNumber("id"), twice.object().getJsonNumber("id"));
        }
        System.out.printf("%s killed: %d checkouts acknowledged and found after the restart, %d unanswered and retried"
                + " (%d of them given up by the recovery)%n", crash, acknowledged.size(), unanswered.size(), givenUp);
    }
}
