package io.quartier.systemtests.support;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Api.Response;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Delivery as the tests drive it: an order's job found on the admin's board, given by hand, handed over with codes. */
public final class Couriers {

    /** A step of {@link #walk}: below delivery's allowance for a phone's jitter (200 m), taken at any speed. */
    private static final double STEP_METERS = 150;

    private Couriers() {
    }

    /** The id of the order's delivery job, once delivery made it from OrderAccepted. */
    public static long jobOf(long orderId) {
        String admin = token("admin");
        return Eventually.await("a job is made for order " + orderId, Duration.ofSeconds(20),
                () -> get("/delivery/api/dispatch/jobs", admin).array().stream().map(v -> v.asJsonObject())
                        .filter(j -> j.getJsonNumber("orderId").longValue() == orderId).findFirst().orElse(null),
                j -> j != null).getJsonNumber("id").longValue();
    }

    /** The admin gives the order's job to the courier by hand; answers the job's id. */
    public static long assign(long orderId, String courier) {
        long jobId = jobOf(orderId);
        long courierId = get("/delivery/api/couriers/me", token(courier)).object().getJsonNumber("id").longValue();
        Response given = post("/delivery/api/dispatch/jobs/" + jobId + "/assignment", token("admin"), null,
                "{\"courierId\": " + courierId + "}");
        assertEquals(200, given.status(), given::toString);
        return jobId;
    }

    public static String pickupCode(long orderId, String merchant) {
        return get("/delivery/api/handovers/" + orderId + "/pickup-code", token(merchant)).object().getString("code");
    }

    public static String deliveryCode(long orderId, String customerToken) {
        return get("/delivery/api/handovers/" + orderId + "/delivery-code", customerToken).object().getString("code");
    }

    public static Response pickUp(long jobId, String courierToken, String code) {
        return post("/delivery/api/jobs/" + jobId + "/pickup", courierToken, null, code(code));
    }

    public static Response deliver(long jobId, String courierToken, String code) {
        return post("/delivery/api/jobs/" + jobId + "/delivery", courierToken, null, code(code));
    }

    /** The courier, given the order's job, picks it up from Chez Marcel and delivers it, saying the right codes. */
    public static void handOver(long orderId, String courier, String customerToken) {
        long jobId = assign(orderId, courier);
        String courierToken = token(courier);
        Response picked = pickUp(jobId, courierToken, pickupCode(orderId, "marcel"));
        assertEquals(200, picked.status(), picked::toString);
        Response delivered = deliver(jobId, courierToken, deliveryCode(orderId, customerToken));
        assertEquals(200, delivered.status(), delivered::toString);
    }

    /** The courier's id in delivery. */
    public static long id(String courier) {
        return get("/delivery/api/couriers/me", token(courier)).object().getJsonNumber("id").longValue();
    }

    /**
     * The courier reports positions from where it was last seen to {@code (latitude, longitude)}, in steps short
     * enough ({@value #STEP_METERS} m) for delivery to take each at once as a phone's jitter: a test can put a
     * courier anywhere in a zone without waiting, whatever place an earlier test left it at.
     */
    public static void walk(String courier, double latitude, double longitude) {
        long courierId = id(courier);
        JsonObject last = get("/delivery/api/tracking/couriers", token("admin")).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getJsonNumber("courierId").longValue() == courierId).findFirst().orElse(null);
        double fromLat = last == null ? latitude : last.getJsonNumber("latitude").doubleValue();
        double fromLon = last == null ? longitude : last.getJsonNumber("longitude").doubleValue();
        double meters = Math.hypot((latitude - fromLat) * 111_320,
                (longitude - fromLon) * 111_320 * Math.cos(Math.toRadians(latitude)));
        int steps = Math.max(1, (int) Math.ceil(meters / STEP_METERS));
        String courierToken = token(courier);
        for (int i = 1; i <= steps; i++) {
            report(courierToken, fromLat + (latitude - fromLat) * i / steps, fromLon + (longitude - fromLon) * i / steps);
        }
    }

    /** The courier whose token it is says where it is: accepted (204). */
    public static void report(String courierToken, double latitude, double longitude) {
        Response reported = post("/delivery/api/couriers/me/position", courierToken, null,
                String.format(Locale.ROOT, "{\"latitude\": %.6f, \"longitude\": %.6f}", latitude, longitude));
        assertEquals(204, reported.status(), reported::toString);
    }

    /** ONLINE, ON_BREAK or OFFLINE. */
    public static JsonObject available(String courier, String availability) {
        Response changed = put("/delivery/api/couriers/me/availability", token(courier),
                "{\"availability\": \"" + availability + "\"}");
        assertEquals(200, changed.status(), changed::toString);
        return changed.object();
    }

    /**
     * Waits until the order's job is offered to one of the couriers (whose tokens are given) and answers that
     * courier's index; the offers of other orders (left waiting by earlier tests) are declined on the way, so they
     * go elsewhere and never come back to these couriers.
     */
    public static int awaitOffer(long orderId, Duration within, String... courierTokens) {
        return awaitOffer(Set.of(orderId), within, courierTokens);
    }

    /**
     * Waits until a job of one of the orders (the parts of a multi-store order, say, offered together) is offered to
     * one of the couriers and answers that courier's index; the offers of any other order are declined on the way.
     */
    public static int awaitOffer(Set<Long> orderIds, Duration within, String... courierTokens) {
        int[] holder = {-1};
        Eventually.await("orders " + orderIds + " are offered", within, () -> {
            for (int i = 0; i < courierTokens.length; i++) {
                for (JsonObject job : get("/delivery/api/jobs", courierTokens[i]).array().getValuesAs(JsonObject.class)) {
                    if (!"OFFERED".equals(job.getString("status"))) {
                        continue;
                    }
                    if (orderIds.contains(job.getJsonNumber("orderId").longValue())) {
                        holder[0] = i;
                    } else {
                        post("/delivery/api/jobs/" + job.getJsonNumber("id") + "/refusal", courierTokens[i], null, null);
                    }
                }
            }
            return holder[0];
        }, i -> i >= 0);
        return holder[0];
    }

    private static String code(String code) {
        return code == null ? "{}" : "{\"code\": \"" + code + "\"}";
    }
}
