package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.postBytes;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A courier who cannot deliver the order it picked up says why: only its courier, only after pickup, once; the job
 * leaves the courier's list, the order ends DELIVERY_FAILED with the reason, and the customer is not charged (the
 * payment hold is voided). An absent customer is proven by a photo of the door, which the customer and support see.
 */
@ExtendWith(Platform.class)
class FailedDeliveryIT {

    @Test
    void theCourierHoldingTheOrderReportsTheCustomerAbsentWithAPhotoAndTheCustomerIsNotCharged() throws IOException {
        String alice = token("alice");
        String carlos = token("carlos");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = placed.getJsonNumber("id").longValue();
        long jobId = Orders.acceptWithJob(orderId);
        byte[] door = jpeg();
        String absent = "/delivery/api/jobs/" + jobId + "/failure-photo?reason=CUSTOMER_ABSENT&note="
                + URLEncoder.encode("Waited 10 min, called twice", StandardCharsets.UTF_8);

        assertProblem(409, "problem.job.wrongStatus", postBytes(absent, carlos, "image/jpeg", door));
        assertEquals(200, Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel")).status());
        assertEquals(404, postBytes(absent, token("dora"), "image/jpeg", door).status(), "another courier");
        assertEquals(403, postBytes(absent, alice, "image/jpeg", door).status(), "a customer is no courier");
        assertProblem(400, "problem.job.photoRequired", failure(jobId, carlos, "CUSTOMER_ABSENT", null));
        assertProblem(400, "problem.job.failureReason", failure(jobId, carlos, "ON_HOLIDAY", null));
        assertProblem(400, "problem.job.noteTooLong", failure(jobId, carlos, "UNSAFE", "x".repeat(281)));
        assertEquals("PICKED_UP", get("/delivery/api/jobs/" + jobId, carlos).object().getString("status"),
                "nothing refused changed the job");

        Response reported = postBytes(absent, carlos, "image/jpeg", door);
        assertEquals(200, reported.status(), reported::toString);
        assertEquals("FAILED", reported.object().getString("status"));
        assertEquals("CUSTOMER_ABSENT", reported.object().getString("failureReason"));
        assertEquals("PHOTO", reported.object().getString("proof"));

        Response again = failure(jobId, carlos, "UNSAFE", "again");
        assertEquals(200, again.status(), "a retry from a phone that lost the answer: " + again);
        assertEquals("CUSTOMER_ABSENT", again.object().getString("failureReason"), "the first report stands");
        assertEquals("Waited 10 min, called twice", again.object().getString("failureNote"));
        assertEquals(404, failure(jobId, token("dora"), "UNSAFE", null).status(), "another courier, once failed");
        assertTrue(get("/delivery/api/jobs", carlos).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(j -> j.getJsonNumber("id").longValue() == jobId), "the job left the courier's list");
        assertProblem(409, "problem.job.wrongStatus",
                Couriers.deliver(jobId, carlos, Couriers.deliveryCode(orderId, alice)));

        JsonObject order = Eventually.await("order " + orderId + " DELIVERY_FAILED", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, alice).object(),
                o -> "DELIVERY_FAILED".equals(o.getString("status")));
        assertEquals("CUSTOMER_ABSENT", order.getString("deliveryFailureReason"), order::toString);
        awaitVoided(placed, alice);
        assertEquals(200, Api.download("/delivery/api/jobs/" + jobId + "/delivery-photo", alice, Map.of()).status(),
                "the customer sees the photo of the door");
        JsonObject onBoard = get("/delivery/api/dispatch/jobs", token("support")).array().getValuesAs(JsonObject.class)
                .stream().filter(j -> j.getJsonNumber("id").longValue() == jobId).findFirst().orElseThrow();
        assertEquals("FAILED", onBoard.getString("status"), "support sees the failure of the day");
        assertEquals("CUSTOMER_ABSENT", onBoard.getString("failureReason"));
    }

    @Test
    void anAddressNotFoundNeedsNoPhotoAndEndsTheOrderUncharged() {
        String alice = token("alice");
        String carlos = token("carlos");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = placed.getJsonNumber("id").longValue();
        long jobId = Orders.acceptWithJob(orderId);
        assertEquals(200, Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel")).status());

        Response reported = failure(jobId, carlos, "ADDRESS_NOT_FOUND", null);
        assertEquals(200, reported.status(), reported::toString);
        assertEquals("FAILED", reported.object().getString("status"));

        Eventually.await("order " + orderId + " DELIVERY_FAILED", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, alice).object().getString("status"),
                "DELIVERY_FAILED"::equals);
        awaitVoided(placed, alice);
    }

    private static Response failure(long jobId, String courier, String reason, String note) {
        String body = note == null ? "{\"reason\": \"" + reason + "\"}"
                : "{\"reason\": \"" + reason + "\", \"note\": \"" + note + "\"}";
        return post("/delivery/api/jobs/" + jobId + "/failure", courier, null, body);
    }

    /** The order's payment hold is voided, not captured: nothing is charged. */
    private static void awaitVoided(JsonObject placed, String customer) {
        long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
        Eventually.await("the payment hold is voided", Duration.ofSeconds(20),
                () -> get("/payment/api/authorizations/" + hold, customer).object().getString("status"),
                "VOIDED"::equals);
    }

    private static void assertProblem(int status, String code, Response answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(code, answer.object().getString("code"), answer::toString);
    }

    /** A small photo of a door, as a phone would send it. */
    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
