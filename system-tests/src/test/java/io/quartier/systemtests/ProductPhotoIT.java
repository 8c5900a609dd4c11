package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.download;
import static io.quartier.systemtests.support.Api.putBytes;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Download;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Product photos over REST on the running platform: a merchant puts up its product's photo, anyone fetches it in
 * two sizes, cached for good under its version; other merchants and customers cannot touch it; a refused upload
 * leaves the photo there was; ProductChanged goes out for each change and only then.
 */
@ExtendWith(Platform.class)
class ProductPhotoIT {

    /** Chez Marcel's duck confit; each test takes its photo down again, so the other tests see the demo data. */
    private static final long DUCK = 103;
    private static final String MERCHANT_PHOTO = "/catalog/api/merchant/products/" + DUCK + "/photo";
    private static final String PHOTO = "/catalog/api/products/" + DUCK + "/photo";

    @AfterEach
    void takeThePhotoDown() {
        assertEquals(204, delete(MERCHANT_PHOTO, token("marcel")).status());
    }

    @Test
    void thePhotoIsServedInTwoSizesAndCachedForGoodUnderItsVersion() throws Exception {
        JsonObject view;
        try (Announcements announcements = new Announcements()) {
            Response uploaded = putBytes(MERCHANT_PHOTO, token("marcel"), "image/png", image(1600, 1000, "png"));

            assertEquals(200, uploaded.status(), uploaded::toString);
            view = uploaded.object();
            assertTrue(announcements.productChanged(), "ProductChanged for the new photo");
        }
        String version = view.getString("version");
        assertEquals(DUCK, view.getJsonNumber("productId").longValue());
        assertEquals(PHOTO + "?size=small&v=" + version, view.getString("small"));
        assertEquals(PHOTO + "?size=large&v=" + version, view.getString("large"));

        Download small = download(view.getString("small"), null, Map.of());
        assertEquals(200, small.status(), small::toString);
        assertEquals("image/jpeg", small.header("Content-Type"));
        assertEquals("public, max-age=31536000, immutable", small.header("Cache-Control"), "v is the current version");
        assertSize(400, 250, small.body());
        String tag = small.header("ETag");
        assertNotNull(tag);

        Download large = download(view.getString("large"), null, Map.of());
        assertSize(1200, 750, large.body());
        assertNotEquals(tag, large.header("ETag"), "each size has its own tag");

        Download unversioned = download(PHOTO, null, Map.of());
        assertEquals("public, max-age=300", unversioned.header("Cache-Control"), "without v: kept a while, then checked");
        assertArrayEquals(small.body(), unversioned.body(), "small by default");
        assertEquals(tag, unversioned.header("ETag"));
        assertEquals("public, max-age=300", download(PHOTO + "?v=0000000000000000", null, Map.of()).header("Cache-Control"),
                "an old version is not kept for good");

        Download unchanged = download(PHOTO, null, Map.of("If-None-Match", tag));
        assertEquals(304, unchanged.status(), unchanged::toString);
        assertEquals(0, unchanged.body().length);
        assertEquals(tag, unchanged.header("ETag"));
    }

    @Test
    void onlyTheProductsMerchantPutsUpItsPhoto() {
        byte[] photo = image(1600, 1000, "png");

        Response foreign = putBytes(MERCHANT_PHOTO, token("camden"), "image/png", photo);
        assertEquals(404, foreign.status(), "Chez Marcel's dish is not Camden's: " + foreign);
        assertEquals(404, putBytes("/catalog/api/merchant/products/999999/photo", token("marcel"), "image/png", photo)
                .status());
        // Refused before the body is read: a small body, so the refusal is not lost to a reset connection.
        byte[] small = image(300, 300, "png");
        assertEquals(403, putBytes(MERCHANT_PHOTO, token("alice"), "image/png", small).status(), "customers put up nothing");
        assertEquals(401, putBytes(MERCHANT_PHOTO, null, "image/png", small).status());
        assertEquals(404, delete(MERCHANT_PHOTO, token("camden")).status());

        assertEquals(404, download(PHOTO, null, Map.of()).status(), "nothing was stored");
    }

    @Test
    void aRefusedUploadLeavesThePhotoThereWas() throws Exception {
        String marcel = token("marcel");
        Response first = putBytes(MERCHANT_PHOTO, marcel, "image/jpeg", image(1600, 1000, "jpeg"));
        assertEquals(200, first.status(), first::toString);
        String version = first.object().getString("version");
        byte[] served = download(PHOTO, null, Map.of()).body();

        try (Announcements announcements = new Announcements()) {
            Response text = putBytes(MERCHANT_PHOTO, marcel, "image/png",
                    "Duck confit;19.50\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, text.status(), text::toString);
            assertEquals("catalog.photo.notAnImage", text.object().getString("code"));

            Response tiny = putBytes(MERCHANT_PHOTO, marcel, "application/octet-stream", image(150, 150, "png"));
            assertEquals(400, tiny.status(), tiny::toString);
            assertEquals("catalog.photo.tooSmall", tiny.object().getString("code"));

            Response heavy = putBytes(MERCHANT_PHOTO, marcel, "image/jpeg", new byte[6 * 1024 * 1024]);
            assertEquals(400, heavy.status(), heavy::toString);
            assertEquals("catalog.photo.tooLarge", heavy.object().getString("code"), "over 5 MB, whatever it holds");

            assertFalse(announcements.productChanged(), "nothing changed, nothing announced");
        }
        Download after = download(PHOTO + "?v=" + version, null, Map.of());
        assertEquals(200, after.status(), after::toString);
        assertEquals("public, max-age=31536000, immutable", after.header("Cache-Control"), "still the same version");
        assertArrayEquals(served, after.body());
    }

    @Test
    void aPhotoTakenDownIsAnnouncedAndNoLongerServed() throws Exception {
        JsonObject view = putBytes(MERCHANT_PHOTO, token("marcel"), "image/png", image(1600, 1000, "png")).object();

        try (Announcements announcements = new Announcements()) {
            assertEquals(204, delete(MERCHANT_PHOTO, token("marcel")).status());
            assertTrue(announcements.productChanged(), "ProductChanged for the photo taken down");

            Download gone = download(PHOTO, null, Map.of());
            assertEquals(404, gone.status(), gone::toString);
            assertEquals("problem.notFound", Json.createReader(new ByteArrayInputStream(gone.body())).readObject()
                    .getString("code"));
            assertEquals(404, download(view.getString("small"), null, Map.of()).status(), "the versioned address too");

            assertEquals(204, delete(MERCHANT_PHOTO, token("marcel")).status(), "taking down no photo is harmless");
            assertFalse(announcements.productChanged(), "and announces nothing");
        }
    }

    private static void assertSize(int width, int height, byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertNotNull(image, "a readable image");
        assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight());
    }

    /** A {@code width}×{@code height} picture with a gradient, as {@code format} ("png", "jpeg"). */
    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.DARK_GRAY));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** ProductChanged events of the duck confit on catalog's topic, from the moment this is opened. */
    private static final class Announcements implements AutoCloseable {

        private final ActiveMQConnectionFactory factory = Platform.broker();
        private final JMSContext jms = factory.createContext();
        private final JMSConsumer consumer = jms.createConsumer(jms.createTopic("catalog.events"),
                "eventType = 'ProductChanged'");

        /** Whether one comes (or came) within a few seconds. */
        boolean productChanged() throws Exception {
            for (Message message = consumer.receive(5000); message != null; message = consumer.receive(5000)) {
                JsonObject event = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
                if (event.getJsonNumber("productId").longValue() == DUCK) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            jms.close();
            factory.close();
        }
    }
}
