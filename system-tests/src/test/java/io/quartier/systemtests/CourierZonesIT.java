package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.StoreHours;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dispatch by zone on the running platform: an order at Dar Tajine (Casablanca) is never offered to a courier of
 * Paris (carlos, home zone Paris 9e, or dora, Paris 11e, whichever holds fewer jobs left by earlier tests), even while
 * that courier is the only one online and is offered the Paris orders. Dar Tajine is opened around the clock while the
 * class runs (07:00 to 02:00 in Casablanca otherwise), and both couriers are offline after.
 */
@ExtendWith(Platform.class)
class CourierZonesIT {

    private static final long DAR_TAJINE = 4;

    private static String tajineWeek;

    @BeforeAll
    static void openDarTajine() {
        tajineWeek = StoreHours.openAroundTheClock(DAR_TAJINE, "dartajine");
    }

    @AfterAll
    static void couriersOfflineAndDarTajineItsHours() {
        Couriers.available("carlos", "OFFLINE");
        Couriers.available("dora", "OFFLINE");
        if (tajineWeek != null) {
            StoreHours.restore(DAR_TAJINE, "dartajine", tajineWeek);
        }
    }

    @Test
    void aJobInCasablancaIsNeverOfferedToTheOnlyCourierOnlineWhoWorksInParis() {
        String name = inHand("carlos") <= inHand("dora") ? "carlos" : "dora";
        assertTrue(inHand(name) < 3, "a Paris courier with room for one more job (the batch limit is 3)");
        String courier = token(name);
        Couriers.available("carlos", "OFFLINE");
        Couriers.available("dora", "OFFLINE");
        Couriers.available(name, "ONLINE");
        long tajineOrder = accepted(token("amina"), """
                {"storeId": 4, "lines": [{"productId": 404, "quantity": 1}], "paymentMethodId": 4,
                 "deliveryAddress": "21 Boulevard Anfa, Casablanca"}""", "dartajine");
        long tajineJob = Couriers.jobOf(tajineOrder);
        long parisOrder = accepted(token("alice"), Orders.inParis(1, 101, 1, 1), "marcel");

        boolean parisOffered = false;
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        Instant quietUntil = null;
        while (Instant.now().isBefore(until) && (quietUntil == null || Instant.now().isBefore(quietUntil))) {
            for (JsonObject job : get("/delivery/api/jobs", courier).array().getValuesAs(JsonObject.class)) {
                long orderId = job.getJsonNumber("orderId").longValue();
                assertTrue(orderId != tajineOrder, "Dar Tajine's job was offered to " + name + ", in Paris: " + job);
                if (!"OFFERED".equals(job.getString("status"))) {
                    continue;
                }
                if (orderId == parisOrder && !parisOffered) {
                    parisOffered = true;
                    quietUntil = Instant.now().plus(Platform.OFFER_TIMEOUT).plusSeconds(15);
                }
                post("/delivery/api/jobs/" + job.getJsonNumber("id") + "/refusal", courier, null, null);
            }
            sleep();
        }

        assertTrue(parisOffered, name + ", online, was offered the Paris order: dispatch ran meanwhile");
        assertEquals(404, get("/delivery/api/jobs/" + tajineJob, courier).status(), "never " + name + "'s");
        JsonObject onBoard = get("/delivery/api/dispatch/jobs", token("admin")).array().getValuesAs(JsonObject.class)
                .stream().filter(j -> j.getJsonNumber("id").longValue() == tajineJob).findFirst().orElseThrow();
        assertEquals("WAITING", onBoard.getString("status"), "it waits for a courier of Casablanca: " + onBoard);
    }

    /** The jobs the courier holds (taken or picked up, not delivered), left by earlier tests. */
    private static long inHand(String courier) {
        return get("/delivery/api/jobs", token(courier)).array().getValuesAs(JsonObject.class).stream()
                .filter(j -> !"OFFERED".equals(j.getString("status")) && !"DELIVERED".equals(j.getString("status")))
                .count();
    }

    /** The customer's order, placed and accepted by the store's merchant: its job waits for a courier. */
    private static long accepted(String customer, String body, String merchant) {
        long orderId = Orders.place(customer, body).getJsonNumber("id").longValue();
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token(merchant), null,
                "{\"preparationMinutes\": 10}").status());
        return orderId;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
