package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.patch;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money in every way the platform moves it, in a seeded random order: 200 orders (by default; {@code flows.count}) of
 * three new customers at Chez Marcel, paid by card or from their Quartier wallet, with no coupon, the merchant's or
 * one the platform funds, a tip or none; then cancelled, rejected or delivered, and a delivered one refunded zero to
 * two times, in part or in full, with a party at fault. Afterwards the ledger's invariant holds: the postings sum to
 * zero per currency and each order's postings match what was charged less what was refunded. Each flow draws from a
 * random of its own (seed and flow number), so three lanes at once play the same flows on every run.
 */
@ExtendWith(Platform.class)
class MoneyFlowsIT {

    private static final int FLOWS = Integer.getInteger("flows.count", 200);
    private static final long SEED = Long.getLong("flows.seed", 20261128L);
    private static final int LANES = 3;
    private static final String[] FAULTS = {"MERCHANT", "COURIER", "PLATFORM", "CUSTOMER"};
    private static final long DISH = 101;

    private record Customer(String token, long card, long wallet) {
    }

    private record Outcome(String kind, long orderId, long authorizationId, String customer) {
    }

    @Test
    void theBooksHoldAfterTwoHundredRandomOrdersWithCouponsWalletsRefundsAndRejections() throws Exception {
        Instant started = Instant.now();
        // Orderable, its stock left untracked as the demo data has it: a product tracks its stock for good once given
        // one, and every later stock move would then re-render the store's open pages and run the dish out for the
        // tests after this one (a test hammering it ran it out when the suite ran in another order).
        Response stocked = patch("/catalog/api/merchant/products/" + DISH, token("marcel"), "{\"available\": true}");
        assertEquals(200, stocked.status(), stocked::toString);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String merchants = coupon(token("marcel"), "/promotion/api/merchants/me/promotions",
                "{\"kind\": \"COUPON\", \"code\": \"MFLOW" + suffix + "\", \"percent\": 10}");
        String platforms = coupon(token("admin"), "/promotion/api/promotions",
                "{\"kind\": \"COUPON\", \"code\": \"PFLOW" + suffix + "\", \"amountMinor\": 150, \"currency\": \"EUR\","
                        + " \"funder\": \"PLATFORM\"}");
        List<String> coupons = List.of("", merchants, platforms);
        List<Customer> customers = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            customers.add(customer("flows" + lane));
        }

        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                int first = lane;
                running.add(lanes.submit(() -> {
                    for (int flow = first; flow < FLOWS; flow += LANES) {
                        outcomes.add(play(flow, customers.get(first), coupons));
                    }
                    return null;
                }));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        } finally {
            lanes.shutdownNow();
        }

        String support = token("support");
        for (Outcome delivered : outcomes.stream().filter(o -> o.kind().equals("delivered")).toList()) {
            Eventually.await("order " + delivered.orderId() + " is captured", Duration.ofSeconds(150),
                    () -> get("/payment/api/authorizations/" + delivered.authorizationId(), delivered.customer())
                            .object().getString("status"), "CAPTURED"::equals);
            Random random = new Random(SEED * 31 + delivered.orderId());
            for (int refunds = random.nextInt(3); refunds > 0; refunds--) {
                String body = refund(delivered.orderId(), FAULTS[random.nextInt(FAULTS.length)], random);
                Response answer = post("/payment/api/refunds", support, UUID.randomUUID().toString(), body);
                assertTrue(answer.status() == 200 && "COMPLETED".equals(answer.object().getString("status"))
                        || answer.status() == 409 || answer.status() == 400, () -> body + " -> " + answer);
            }
        }

        JsonObject invariant = get("/payment/api/ledger/invariant", token("admin")).object();
        assertTrue(invariant.getBoolean("holds"), invariant::toString);
        assertTrue(invariant.getJsonArray("totals").stream()
                .allMatch(t -> t.asJsonObject().getJsonNumber("sumMinor").longValue() == 0), invariant::toString);
        assertEquals(FLOWS, outcomes.size());
        System.out.printf("money flows: %d orders (%d delivered, %d cancelled, %d rejected) in %d s%n", FLOWS,
                count(outcomes, "delivered"), count(outcomes, "cancelled"), count(outcomes, "rejected"),
                Duration.between(started, Instant.now()).toSeconds());
    }

    /** One flow: an order placed as the draw says, then cancelled, rejected or delivered. */
    private static Outcome play(int flow, Customer customer, List<String> coupons) {
        Random random = new Random(SEED * 31 + flow);
        long method = random.nextInt(3) == 0 ? customer.wallet() : customer.card();
        String body = """
                {"storeId": 1, "lines": [{"productId": %d, "quantity": %d}], "paymentMethodId": %d,
                 "deliveryAddress": "12 rue des Martyrs, 75009 Paris", "tipMinor": %d, "couponCode": "%s"}"""
                .formatted(DISH, 1 + random.nextInt(3), method, random.nextInt(4) * 100L,
                        coupons.get(random.nextInt(coupons.size())));
        JsonObject placed = Orders.place(customer.token(), body);
        long id = placed.getJsonNumber("id").longValue();
        long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
        switch (random.nextInt(8)) {
            case 0 -> {
                Response cancelled = post("/ordering/api/orders/" + id + "/cancel", customer.token(), null, null);
                assertEquals(200, cancelled.status(), cancelled::toString);
                return new Outcome("cancelled", id, hold, customer.token());
            }
            case 1 -> {
                Response rejected = post("/ordering/api/orders/" + id + "/reject", token("marcel"), null,
                        "{\"reason\": \"OUT_OF_STOCK\"}");
                assertEquals(200, rejected.status(), rejected::toString);
                return new Outcome("rejected", id, hold, customer.token());
            }
            default -> {
                long jobId = Orders.acceptWithJob(id);
                Orders.pickUpAndDeliver(id, jobId, customer.token());
                return new Outcome("delivered", id, hold, customer.token());
            }
        }
    }

    private static String refund(long orderId, String fault, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> """
                    {"orderId": %d, "fault": "%s", "full": true, "reason": "flows"}""".formatted(orderId, fault);
            case 1 -> """
                    {"orderId": %d, "fault": "%s", "itemsMinor": %d, "reason": "flows"}"""
                    .formatted(orderId, fault, 1 + random.nextInt(1500));
            case 2 -> """
                    {"orderId": %d, "fault": "%s", "tipMinor": %d, "reason": "flows"}"""
                    .formatted(orderId, fault, 1 + random.nextInt(300));
            default -> """
                    {"orderId": %d, "fault": "%s", "lines": [{"line": 0, "quantity": 1}]}""".formatted(orderId, fault);
        };
    }

    /** A new customer with a saved card and a wallet topped up with 2,000.00 EUR. */
    private static Customer customer(String prefix) throws InterruptedException {
        String customer = token(Customers.signUpAndConfirm(prefix, Api.PASSWORD, "en"));
        long card = PaymentMethodsIT.id(PaymentMethodsIT.saved(customer, SandboxCardForm.token("4242424242424242")));
        for (int topUp = 0; topUp < 2; topUp++) {
            Response topped = post("/payment/api/wallet/top-ups", customer, UUID.randomUUID().toString(),
                    "{\"paymentMethodId\": " + card + ", \"amountMinor\": 100000, \"currency\": \"EUR\"}");
            assertEquals(200, topped.status(), topped::toString);
        }
        long wallet = get("/payment/api/wallet", customer).object().getJsonNumber("paymentMethodId").longValue();
        return new Customer(customer, card, wallet);
    }

    private static String coupon(String token, String path, String body) {
        Response created = post(path, token, null, body);
        assertEquals(200, created.status(), created::toString);
        return created.object().getString("code");
    }

    private static long count(List<Outcome> outcomes, String kind) {
        return outcomes.stream().filter(o -> o.kind().equals(kind)).count();
    }
}
