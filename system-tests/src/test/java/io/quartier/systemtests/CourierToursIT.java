package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.postBytes;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Download;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.FromagerieAroundTheClock;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import io.quartier.systemtests.support.ShopSession;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A multi-store order delivered as one tour (one courier offered both parts, both picked up, one delivery at the
 * door with one code), and a delivery proven by a photo when the customer is absent: only the courier holding the
 * picked-up order sends one, only a JPEG or PNG of at most 5 MB and 40 megapixels, kept without what the phone wrote
 * besides the pixels, once when sent twice at once; only the customer, support and admins see it.
 * The Fromagerie (store 3) is opened around the clock while this runs, as in {@link MultiMerchantOrderIT}.
 */
@ExtendWith({Platform.class, FromagerieAroundTheClock.class})
class CourierToursIT {

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
        byte[] jpeg = withGpsExif(jpeg(Color.ORANGE));

        assertProblem(409, "problem.job.wrongStatus", postBytes(photoPath, carlos, "image/jpeg", jpeg));
        assertEquals(200, Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel")).status());
        assertEquals(404, postBytes(photoPath, token("dora"), "image/jpeg", jpeg).status(), "another courier");
        assertEquals(403, postBytes(photoPath, alice, "image/jpeg", jpeg).status(), "a customer is no courier");
        assertProblem(413, "problem.tooLarge",
                postBytes(photoPath, carlos, "image/jpeg", new byte[6 * 1024 * 1024]));
        assertProblem(400, "problem.photo.notAnImage", postBytes(photoPath, carlos, "image/jpeg",
                "a text file renamed photo.jpg\n".repeat(50).getBytes(StandardCharsets.UTF_8)));
        assertProblem(400, "problem.photo.notAnImage", postBytes(photoPath, carlos, "image/jpeg",
                Arrays.copyOf(jpeg, jpeg.length / 2)));
        assertProblem(400, "problem.photo.tooManyPixels", postBytes(photoPath, carlos, "image/jpeg",
                claiming(jpeg, 65_000, 65_000)));
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
        assertKeptWithoutMetadata(seen.body());
        assertEquals(200, Api.download(photoPath, token("support"), Map.of()).status(), "support sees it");
        assertEquals(404, Api.download(photoPath, token("ben"), Map.of()).status(), "another customer");
        assertEquals(403, Api.download(photoPath, token("marcel"), Map.of()).status(), "not the merchant");
        assertEquals(403, Api.download(photoPath, carlos, Map.of()).status(), "not the courier");
        assertTrue(get("/delivery/api/dispatch/jobs", token("admin")).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(j -> id(j) == jobId && "PHOTO".equals(j.getString("proof"))), "on the dispatch board");
        pagesServeThePhotoToItsCustomerAndStaffOnly(orderId, jobId, seen.body());
        awaitCaptured(placed, alice);
    }

    /**
     * The courier taps "send" twice, or two phones send at once: the job is delivered once, with one photo (the one
     * whose upload was answered 200), and the other upload is refused as the job is delivered already.
     */
    @Test
    void twoPhotosSentAtOnceDeliverTheJobOnceWithOnePhoto() throws Exception {
        String alice = token("alice");
        String carlos = token("carlos");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = id(placed);
        long jobId = Orders.acceptWithJob(orderId);
        assertEquals(200, Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel")).status());
        String photoPath = "/delivery/api/jobs/" + jobId + "/delivery-photo";
        List<Color> colours = List.of(Color.RED, Color.BLUE);

        List<Response> answers = Race.run(2, i -> postBytes(photoPath, carlos, "image/jpeg", jpeg(colours.get(i))));

        List<Integer> statuses = answers.stream().map(Response::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        Response refused = answers.get(statuses.indexOf(409));
        assertEquals("problem.job.wrongStatus", refused.object().getString("code"), refused::toString);
        Color sent = colours.get(statuses.indexOf(200));
        Download kept = Api.download(photoPath, alice, Map.of());
        assertEquals(200, kept.status());
        Color seen = middle(kept.body());
        assertTrue(Math.abs(seen.getRed() - sent.getRed()) < 20 && Math.abs(seen.getBlue() - sent.getBlue()) < 20,
                "the photo kept is the one answered 200: " + seen);
        JsonObject job = get("/delivery/api/jobs/" + jobId, carlos).object();
        assertEquals("DELIVERED", job.getString("status"));
        assertEquals("PHOTO", job.getString("proof"));
        Eventually.await("order " + orderId + " delivered", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, alice).object().getString("status"), "DELIVERED"::equals);
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

    /** Kept as delivery keeps a photo: the 64×48 pixels sent, as a JPEG without the EXIF the phone wrote. */
    private static void assertKeptWithoutMetadata(byte[] kept) throws IOException {
        String bytes = new String(kept, StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Exif") || bytes.contains("GPS") || bytes.contains("Pixel-7"), "no EXIF kept");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
        assertEquals(64, image.getWidth());
        assertEquals(48, image.getHeight());
    }

    /** The colour in the middle of a JPEG. */
    private static Color middle(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }

    /** The JPEG with an EXIF segment after its start, as a phone writes one, naming a place and the phone. */
    private static byte[] withGpsExif(byte[] jpeg) {
        byte[] exif = "Exif\0\0MM\0*\0\0\0\0GPS 48.8566N 2.3522E Pixel-7".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        withExif.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return withExif.array();
    }

    /** The JPEG with its frame header (SOF0) claiming {@code width}×{@code height}: far more than its data. */
    private static byte[] claiming(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int i = 2; i + 9 < patched.length; i++) {
            if ((patched[i] & 0xFF) == 0xFF && (patched[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(patched).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return patched;
            }
        }
        throw new AssertionError("no SOF0 in the JPEG");
    }

    /** A small photo of one colour, as a phone would send it. */
    static byte[] jpeg(Color color) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, color.getRGB());
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
