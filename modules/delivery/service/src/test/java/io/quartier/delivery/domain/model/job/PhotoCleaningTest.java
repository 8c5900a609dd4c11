package io.quartier.delivery.domain.model.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.domain.DomainException;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** What delivery keeps of a courier's photo: its pixels, bounded, as a JPEG; never what the phone wrote besides. */
class PhotoCleaningTest {

    private static final String GPS_MARKER = "GPS 48.8566N 2.3522E Pixel-7-SN-0042";
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    @Test
    void exifWithThePlaceAndThePhoneIsLeftBehind() {
        byte[] upload = withExif(TestPhotos.jpeg(320, 240), GPS_MARKER);
        assertTrue(contains(upload, "Exif") && contains(upload, GPS_MARKER), "the upload carries them");

        byte[] kept = PhotoCleaning.jpeg(upload);

        assertFalse(contains(kept, "Exif"), "no EXIF segment");
        assertFalse(contains(kept, "GPS"), "no position");
        assertFalse(contains(kept, "Pixel-7"), "no phone");
        BufferedImage image = TestPhotos.read(kept);
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void aPngIsKeptAsAJpeg() {
        byte[] kept = PhotoCleaning.jpeg(TestPhotos.png(200, 100));

        assertArrayEquals(JPEG_START, Arrays.copyOf(kept, 3));
        assertEquals(200, TestPhotos.read(kept).getWidth());
    }

    @Test
    void aLargePhotoIsScaledTo2048PixelsOnItsLongSide() {
        BufferedImage kept = TestPhotos.read(PhotoCleaning.jpeg(TestPhotos.gradientJpeg(4100, 1025)));

        assertEquals(2048, kept.getWidth());
        assertEquals(512, kept.getHeight());
    }

    @Test
    void aPhotoTakenWithThePhoneTurnedIsKeptUpright() {
        byte[] turned = withOrientation(TestPhotos.jpeg(300, 200), 6);

        BufferedImage kept = TestPhotos.read(PhotoCleaning.jpeg(turned));

        assertEquals(200, kept.getWidth());
        assertEquals(300, kept.getHeight());
    }

    /**
     * One pixel's data under a header claiming 10 gigapixels (PNG) or 4 (JPEG): refused as too many pixels, so judged
     * by the header alone; decoding would have failed first (not an image), and filled the memory had it not.
     */
    @Test
    void aHeaderClaimingTooManyPixelsIsRefusedBeforeDecoding() {
        assertRefused(PhotoCleaning.TOO_MANY_PIXELS, claiming(TestPhotos.png(1, 1), 100_000, 100_000));
        assertRefused(PhotoCleaning.TOO_MANY_PIXELS, jpegClaiming(TestPhotos.jpeg(8, 8), 65_000, 65_000));
        assertRefused("problem.photo.notAnImage", claiming(TestPhotos.png(1, 1), 6000, 4000));
    }

    @Test
    void aJpegCutShortIsRefusedNotKeptHalfGrey() {
        byte[] whole = TestPhotos.jpeg(400, 300);

        assertRefused("problem.photo.notAnImage", Arrays.copyOf(whole, whole.length * 2 / 3));
        assertRefused("problem.photo.notAnImage", Arrays.copyOf(whole, 400));
    }

    @Test
    void anythingButAJpegOrPngIsRefused() {
        assertRefused("problem.photo.notAnImage", "GIF89a not a photo".getBytes(StandardCharsets.US_ASCII));
        assertRefused("problem.photo.notAnImage", new byte[0]);
        assertRefused("problem.photo.notAnImage", Arrays.copyOf(JPEG_START, 64));
        assertRefused("problem.photo.notAnImage", new byte[PhotoFormat.MAX_BYTES + 1]);
    }

    private static void assertRefused(String code, byte[] upload) {
        DomainException refused = assertThrows(DomainException.class, () -> PhotoCleaning.jpeg(upload));
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        assertEquals(code, refused.code());
    }

    private static boolean contains(byte[] file, String text) {
        return new String(file, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** The JPEG with an APP1 EXIF segment right after its start, as a phone writes it, holding {@code text}. */
    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] tiff = ByteBuffer.allocate(8).put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42)
                .putInt(0).array();
        byte[] body = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff,
                text.getBytes(StandardCharsets.ISO_8859_1));
        return insertSegment(jpeg, 0xE1, body);
    }

    /** The JPEG with an EXIF segment holding only the orientation tag (big-endian). */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42)
                .putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        return insertSegment(jpeg, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
    }

    private static byte[] insertSegment(byte[] jpeg, int marker, byte[] body) {
        ByteBuffer segment = ByteBuffer.allocate(4 + body.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (body.length + 2)).put(body);
        return concat(Arrays.copyOf(jpeg, 2), segment.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** The PNG with its header (IHDR, right after the signature) saying it is {@code width}×{@code height}. */
    private static byte[] claiming(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        assertEquals("IHDR", new String(patched, 12, 4, StandardCharsets.US_ASCII));
        ByteBuffer.wrap(patched).putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        ByteBuffer.wrap(patched).putInt(29, (int) crc.getValue());
        return patched;
    }

    /** The JPEG with its frame header (SOF0) saying it is {@code width}×{@code height}. */
    private static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int i = 2; i + 9 < patched.length; i++) {
            if ((patched[i] & 0xFF) == 0xFF && (patched[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(patched).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return patched;
            }
        }
        throw new AssertionError("no SOF0 in the JPEG");
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        Arrays.stream(parts).forEach(all::put);
        return all.array();
    }
}
