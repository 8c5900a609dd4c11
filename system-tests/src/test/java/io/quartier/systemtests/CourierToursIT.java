package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.postBytes;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Download;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.ShopSession;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A multi-store order delivered as one tour (one courier offered both parts, both picked up, one delivery at the
 * door with one code), and a delivery proven by a photo when the customer is absent: only the courier holding the
 * picked-up order sends one, only a JPEG or PNG of at most 5 MB, and only the customer, support and admins see it.
 * The Fromagerie (store 3) is opened around the clock while this runs, as in {@link MultiMerchantOrderIT}.
 */
@ExtendWith(Platform.class)
class CourierToursIT {

    private static String fromagerieWeek;

    @BeforeAll
    static void openTheFromagerieAroundTheClock() {
        fromagerieWeek = MultiStoreOrders.openFromagerieAroundTheClock();
    }

    @AfterAll
    static void giveTheFromagerieItsHoursBack() {
        MultiStoreOrders.restoreFromagerie(fromagerieWeek);
    }

    @AfterEach
    void everyoneOffline() {
        Couriers.available("dora", "OFFLINE");
        Couriers.available("carlos", "OFFLINE");
    }

    @Test
    void twoAcceptedPartsAreOfferedToOneCourierWhoPicksBothUpAndDeliversOnce() {
        String alice = token("alice");
        String[] couriers = {token("dora"), token("carlos")};
        Couriers.available("dora", "ONLINE");
        Couriers.available("carlos", "ONLINE");
        JsonObject group = MultiStoreOrders.place(alice, 1, 200);
        List<JsonObject> parts = MultiStoreOrders.parts(group);
        long bistro = id(parts.get(0));
        long cheese = id(parts.get(1));
        MultiStoreOrders.accept(bistro, "marcel");
        MultiStoreOrders.accept(cheese, "fromagerie");

        int taker = Couriers.awaitOffer(Set.of(bistro, cheese), Duration.ofSeconds(60), couriers);
        String courier = couriers[taker];
        String other = couriers[1 - taker];
        Map<Long, JsonObject> offers = Eventually.await("both parts are offered to one courier", Duration.ofSeconds(30),
                () -> jobsOf(courier, bistro, cheese), jobs -> jobs.size() == 2
                        && jobs.values().stream().allMatch(j -> "OFFERED".equals(j.getString("status"))));
        long bistroJob = id(offers.get(bistro));
        long cheeseJob = id(offers.get(cheese));
        assertTrue(offers.get(bistro).containsKey("groupId") && !offers.get(bistro).isNull("groupId"), offers::toString);
        assertEquals(offers.get(bistro).getJsonNumber("groupId"), offers.get(cheese).getJsonNumber("groupId"));
        assertEquals(Set.of(300L, 150L), offers.values().stream()
                .map(j -> j.getJsonObject("earning").getJsonNumber("baseMinor").longValue()).collect(Collectors.toSet()),
                "one job's base for the tour, and an extra pickup: " + offers);
        assertEquals(404, get("/delivery/api/jobs/" + cheeseJob, other).status(), "not offered to the other");

        Response accepted = post("/delivery/api/jobs/" + bistroJob + "/acceptance", courier, null, null);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ASSIGNED", get("/delivery/api/jobs/" + cheeseJob, courier).object().getString("status"),
                "accepting one part takes the tour");
        String code = Couriers.deliveryCode(bistro, alice);
        assertEquals(code, Couriers.deliveryCode(cheese, alice), "one code at the door");

        assertEquals(200, Couriers.pickUp(bistroJob, courier, Couriers.pickupCode(bistro, "marcel")).status());
        assertEquals(200, Couriers.pickUp(cheeseJob, courier, Couriers.pickupCode(cheese, "fromagerie")).status());
        Response delivered = Couriers.deliver(cheeseJob, courier, code);
        assertEquals(200, delivered.status(), delivered::toString);

        assertEquals("DELIVERED", get("/delivery/api/jobs/" + bistroJob, courier).object().getString("status"),
                "one delivery for the door");
        for (long order : List.of(bistro, cheese)) {
            Eventually.await("order " + order + " delivered", Duration.ofSeconds(20),
                    () -> get("/ordering/api/orders/" + order, alice).object().getString("status"),
                    "DELIVERED"::equals);
        }
        awaitCaptured(group, alice);
    }

    @Test
    void theCustomerAbsentOnlyTheCourierHoldingTheOrderDeliversWithAPhotoThatOnlyTheCustomerAndSupportSee()
            throws Exception {
        String alice = token("alice");
        String carlos = token("carlos");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = id(placed);
        long jobId = Orders.acceptWithJob(orderId);
        String photoPath = "/delivery/api/jobs/" + jobId + "/delivery-photo";
        byte[] jpeg = jpeg();

        assertProblem(409, "problem.job.wrongStatus", postBytes(photoPath, carlos, "image/jpeg", jpeg));
        assertEquals(200, Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel")).status());
        assertEquals(404, postBytes(photoPath, token("dora"), "image/jpeg", jpeg).status(), "another courier");
        assertEquals(403, postBytes(photoPath, alice, "image/jpeg", jpeg).status(), "a customer is no courier");
        assertProblem(413, "problem.tooLarge",
                postBytes(photoPath, carlos, "image/jpeg", new byte[6 * 1024 * 1024]));
        assertProblem(400, "problem.photo.notAnImage", postBytes(photoPath, carlos, "image/jpeg",
                "a text file renamed photo.jpg\n".repeat(50).getBytes(StandardCharsets.UTF_8)));
        assertEquals(404, Api.download(photoPath, alice, Map.of()).status(), "no photo yet");
        assertEquals("PICKED_UP", get("/delivery/api/jobs/" + jobId, carlos).object().getString("status"),
                "nothing refused changed the job");

        Response sent = postBytes(photoPath, carlos, "application/octet-stream", jpeg);

        assertEquals(200, sent.status(), sent::toString);
        assertEquals("DELIVERED", sent.object().getString("status"));
        assertEquals("PHOTO", sent.object().getString("proof"));
        assertEquals(409, postBytes(photoPath, carlos, "image/jpeg", jpeg).status(), "delivered once");
        Eventually.await("order " + orderId + " delivered", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, alice).object().getString("status"), "DELIVERED"::equals);
        JsonObject handover = get("/delivery/api/handovers/" + orderId + "/delivery-code", alice).object();
        assertEquals("PHOTO", handover.getString("proof"), "the customer's order page offers the photo");
        assertEquals(jobId, handover.getJsonNumber("jobId").longValue());
        Download seen = Api.download(photoPath, alice, Map.of());
        assertEquals(200, seen.status());
        assertEquals("image/jpeg", seen.header("Content-Type"));
        assertArrayEquals(jpeg, seen.body(), "the customer sees the photo");
        assertEquals(200, Api.download(photoPath, token("support"), Map.of()).status(), "support sees it");
        assertEquals(404, Api.download(photoPath, token("ben"), Map.of()).status(), "another customer");
        assertEquals(403, Api.download(photoPath, token("marcel"), Map.of()).status(), "not the merchant");
        assertEquals(403, Api.download(photoPath, carlos, Map.of()).status(), "not the courier");
        assertTrue(get("/delivery/api/dispatch/jobs", token("admin")).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(j -> id(j) == jobId && "PHOTO".equals(j.getString("proof"))), "on the dispatch board");
        pagesServeThePhotoToItsCustomerAndStaffOnly(orderId, jobId, jpeg);
        awaitCaptured(placed, alice);
    }

    /** The shop and the back office serve the photo from their own origin, streamed: its customer and staff only. */
    private static void pagesServeThePhotoToItsCustomerAndStaffOnly(long orderId, long jobId, byte[] jpeg)
            throws Exception {
        ShopSession customer = new ShopSession();
        customer.logIn("alice");
        String link = "/shop/orders/delivery-photo?job=" + jobId;
        assertTrue(customer.page("/shop/orders/order.xhtml?id=" + orderId).contains(link), "the order page links it");
        HttpResponse<byte[]> photo = customer.download(link);
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals("private, no-store", photo.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(jpeg, photo.body(), "the customer sees the photo");
        ShopSession ben = new ShopSession();
        ben.logIn("ben");
        assertEquals(404, ben.download(link).statusCode(), "another customer");
        for (String job : List.of("x", "-1", "0", "99999999999999999999", "")) {
            assertEquals(404, ben.download("/shop/orders/delivery-photo?job=" + job).statusCode(), job);
        }
        ShopSession support = new ShopSession();
        support.logInToBackOffice("support", "/backoffice/admin/couriers.xhtml");
        String staffLink = "/backoffice/admin/delivery-photo?job=" + jobId;
        assertTrue(support.page("/backoffice/admin/couriers.xhtml").contains(staffLink), "the board links it");
        assertArrayEquals(jpeg, support.download(staffLink).body(), "support sees it");
        ShopSession merchant = new ShopSession();
        merchant.logInToBackOffice("marcel", "/backoffice/merchant/orders.xhtml");
        assertEquals(403, merchant.download(staffLink).statusCode(), "a merchant is no staff");
    }

    /**
     * Waits until payment took the delivered order's money, so no capture of this test lands in a later test's
     * ledger balances.
     */
    private static void awaitCaptured(JsonObject placed, String customer) {
        long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
        Eventually.await("hold " + hold + " is captured", Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + hold, customer).object().getString("status"),
                "CAPTURED"::equals);
    }

    private static Map<Long, JsonObject> jobsOf(String courier, long... orders) {
        Set<Long> wanted = Arrays.stream(orders).boxed().collect(Collectors.toSet());
        return get("/delivery/api/jobs", courier).array().getValuesAs(JsonObject.class).stream()
                .filter(j -> wanted.contains(j.getJsonNumber("orderId").longValue()))
                .collect(Collectors.toMap(j -> j.getJsonNumber("orderId").longValue(), j -> j));
    }

    private static void assertProblem(int status, String code, Response answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(code, answer.object().getString("code"), answer::toString);
    }

    /** A small photo, as a phone would send it. */
    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, new Color(x * 4, y * 5, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
