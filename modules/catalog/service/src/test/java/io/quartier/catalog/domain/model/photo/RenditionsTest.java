package io.quartier.catalog.domain.model.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** Images are drawn in memory and written with ImageIO, so each test shows the file it develops. */
class RenditionsTest {

    @Test
    void aLandscapePhotoIsFittedIntoEachBoxWithItsProportionsKept() {
        Renditions renditions = Renditions.of(png(plain(1600, 1000, Color.ORANGE)));

        assertSize(1200, 750, renditions.jpeg(PhotoSize.LARGE));
        assertSize(400, 250, renditions.jpeg(PhotoSize.SMALL));
        assertEquals("JPEG", format(renditions.jpeg(PhotoSize.LARGE)));
        assertEquals("JPEG", format(renditions.jpeg(PhotoSize.SMALL)));
    }

    @Test
    void aPortraitPhotoIsFittedByItsHeight() {
        Renditions renditions = Renditions.of(jpeg(plain(1000, 2000, Color.GREEN)));

        assertSize(600, 1200, renditions.jpeg(PhotoSize.LARGE));
        assertSize(200, 400, renditions.jpeg(PhotoSize.SMALL));
    }

    @Test
    void aPhotoSmallerThanABoxIsNeverEnlarged() {
        Renditions between = Renditions.of(png(plain(800, 500, Color.BLUE)));
        assertSize(800, 500, between.jpeg(PhotoSize.LARGE));
        assertSize(400, 250, between.jpeg(PhotoSize.SMALL));

        Renditions small = Renditions.of(png(plain(300, 250, Color.BLUE)));
        assertSize(300, 250, small.jpeg(PhotoSize.LARGE));
        assertSize(300, 250, small.jpeg(PhotoSize.SMALL));
    }

    @Test
    void transparencyIsLaidOnWhite() {
        BufferedImage cutOut = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = cutOut.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(100, 100, 200, 200);
        g.dispose();

        BufferedImage small = read(Renditions.of(png(cutOut)).jpeg(PhotoSize.SMALL));

        assertClose(Color.WHITE, small.getRGB(10, 10), "the transparent corner");
        assertClose(Color.RED, small.getRGB(200, 200), "the opaque middle");
    }

    @Test
    void theVersionChangesExactlyWhenTheImageDoes() {
        byte[] upload = png(plain(600, 400, Color.ORANGE));

        String version = Renditions.of(upload).version();

        assertTrue(version.matches("[0-9a-f]{16}"), version);
        assertEquals(version, Renditions.of(upload.clone()).version(), "the same photo again");
        assertNotEquals(version, Renditions.of(png(plain(600, 400, Color.PINK))).version());
    }

    @Test
    void aFileThatIsNotAnImageIsRefused() {
        assertRefused(Renditions.NOT_AN_IMAGE, "Duck confit, 19.50\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(Renditions.NOT_AN_IMAGE, new byte[0]);
    }

    @Test
    void aDamagedImageIsRefused() {
        byte[] photo = jpeg(plain(600, 400, Color.ORANGE));
        byte[] cut = Arrays.copyOf(photo, 300);

        assertRefused(Renditions.NOT_AN_IMAGE, cut);
    }

    @Test
    void anImageInAFormatOtherThanJpegPngOrGifIsRefused() {
        assertRefused(Renditions.NOT_AN_IMAGE, write(plain(400, 400, Color.ORANGE), "bmp"));
    }

    @Test
    void aGifIsTaken() {
        assertSize(400, 300, Renditions.of(write(plain(800, 600, Color.ORANGE), "gif")).jpeg(PhotoSize.SMALL));
    }

    @Test
    void anImageSmallerThan200PixelsOnASideIsRefused() {
        assertRefused(Renditions.TOO_SMALL, png(plain(100, 100, Color.ORANGE)));
        assertRefused(Renditions.TOO_SMALL, png(plain(1000, 199, Color.ORANGE)));
        Renditions.of(png(plain(200, 200, Color.ORANGE)));
    }

    @Test
    void aFileOver5MegabytesIsRefusedUnread() {
        assertRefused(Renditions.TOO_LARGE, new byte[Renditions.MAX_BYTES + 1]);
    }

    /**
     * Each file holds one pixel's data under a header claiming far more. Refused as too large or too small, it was
     * judged by its header alone: decoding would have failed first, as it does for the plausible one.
     */
    @Test
    void theSizeIsReadFromTheHeaderBeforeAnyPixel() {
        byte[] onePixel = png(plain(1, 1, Color.ORANGE));

        assertRefused(Renditions.TOO_LARGE, claiming(onePixel, 8000, 6000));
        assertRefused(Renditions.TOO_LARGE, claiming(onePixel, 100_000, 100_000));
        assertRefused(Renditions.TOO_SMALL, claiming(onePixel, 150, 3000));
        assertRefused(Renditions.NOT_AN_IMAGE, claiming(onePixel, 6000, 4000));
    }

    @Test
    void aPhotoTakenWithThePhoneTurnedIsShownUpright() {
        // Stored as the sensor saw it: red on the left, blue on the right; the camera says "turn 90° clockwise".
        BufferedImage stored = halves(800, 600);

        BufferedImage clockwise = read(Renditions.of(withOrientation(jpeg(stored), 6, true)).jpeg(PhotoSize.LARGE));
        assertEquals(600, clockwise.getWidth());
        assertEquals(800, clockwise.getHeight());
        assertClose(Color.RED, clockwise.getRGB(300, 100), "the left side is now on top");
        assertClose(Color.BLUE, clockwise.getRGB(300, 700), "the right side is now below");

        BufferedImage counterClockwise = read(Renditions.of(withOrientation(jpeg(stored), 8, false)).jpeg(PhotoSize.LARGE));
        assertClose(Color.BLUE, counterClockwise.getRGB(300, 100), "turned the other way (little-endian EXIF)");
        assertClose(Color.RED, counterClockwise.getRGB(300, 700), "turned the other way (little-endian EXIF)");

        BufferedImage upsideDown = read(Renditions.of(withOrientation(jpeg(stored), 3, true)).jpeg(PhotoSize.LARGE));
        assertEquals(800, upsideDown.getWidth());
        assertClose(Color.BLUE, upsideDown.getRGB(100, 300), "turned half round");
    }

    @Test
    void aPhotoWithoutOrientationIsKeptAsStored() {
        BufferedImage kept = read(Renditions.of(jpeg(halves(800, 600))).jpeg(PhotoSize.LARGE));

        assertEquals(800, kept.getWidth());
        assertClose(Color.RED, kept.getRGB(100, 300), "left stays left");
    }

    private static void assertRefused(String code, byte[] upload) {
        DomainException refused = assertThrows(DomainException.class, () -> Renditions.of(upload));
        assertEquals(code, refused.code(), refused::getMessage);
        assertEquals(400, ProblemMappers.problem(refused).status());
    }

    private static void assertSize(int width, int height, byte[] jpeg) {
        BufferedImage image = read(jpeg);
        assertEquals(width + "×" + height, image.getWidth() + "×" + image.getHeight());
    }

    private static void assertClose(Color expected, int rgb, String where) {
        Color actual = new Color(rgb);
        int off = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(off < 30, where + ": " + actual + " is not " + expected);
    }

    private static BufferedImage plain(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static BufferedImage halves(int width, int height) {
        BufferedImage image = plain(width, height, Color.BLUE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out), "ImageIO writes " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] file) {
        try {
            return ImageIO.read(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(byte[] file) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            return reader.getFormatName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG with its header (IHDR, right after the signature) saying it is {@code width}×{@code height}. */
    private static byte[] claiming(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer bytes = ByteBuffer.wrap(patched);
        assertEquals("IHDR", new String(patched, 12, 4, StandardCharsets.US_ASCII));
        bytes.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        bytes.putInt(29, (int) crc.getValue());
        return patched;
    }

    /** The JPEG with an EXIF segment, as a phone writes it first, holding only the orientation tag. */
    private static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        String tiff = bigEndian
                ? "4d4d002a00000008" + "0001" + "011200030000000100%02x0000".formatted(orientation) + "00000000"
                : "49492a0008000000" + "0100" + "12010300010000000%x000000".formatted(orientation) + "00000000";
        byte[] exif = HexFormat.of().parseHex("ffe1" + "0022" + "457869660000" + tiff);
        assertEquals(0x22 + 2, exif.length);
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + exif.length);
        withExif.put(jpeg, 0, 2).put(exif).put(jpeg, 2, jpeg.length - 2);
        return withExif.array();
    }
}
