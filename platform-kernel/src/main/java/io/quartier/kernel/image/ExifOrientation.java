package io.quartier.kernel.image;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * How a camera held sideways says which way is up: a phone stores the pixels as the sensor saw them and writes
 * the turn (EXIF tag 0x0112, 1 to 8) into the JPEG. ImageIO ignores the tag, so without this a portrait taken
 * with a phone would be shown lying on its side.
 */
record ExifOrientation(int value) {

    static final ExifOrientation AS_STORED = new ExifOrientation(1);

    private static final int SOI = 0xFFD8;
    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    /** The orientation a JPEG's EXIF gives; as stored for other files, and for an EXIF that cannot be read. */
    static ExifOrientation of(byte[] file) {
        ByteBuffer bytes = ByteBuffer.wrap(file);
        if (file.length < 4 || (bytes.getShort(0) & 0xFFFF) != SOI) {
            return AS_STORED;
        }
        int segment = 2;
        while (segment + 4 <= file.length && (file[segment] & 0xFF) == 0xFF) {
            int marker = file[segment + 1] & 0xFF;
            int length = bytes.getShort(segment + 2) & 0xFFFF;
            int end = segment + 2 + length;
            if (marker == SOS || length < 2 || end > file.length) {
                return AS_STORED;
            }
            int data = segment + 4;
            if (marker == APP1 && bytes.slice(data, Math.min(EXIF_HEADER.length, length - 2))
                    .equals(ByteBuffer.wrap(EXIF_HEADER))) {
                return fromTiff(bytes.slice(data + EXIF_HEADER.length, length - 2 - EXIF_HEADER.length));
            }
            segment = end;
        }
        return AS_STORED;
    }

    /** Reads the tag from the first directory of the EXIF's TIFF structure, in the byte order it declares. */
    private static ExifOrientation fromTiff(ByteBuffer tiff) {
        if (tiff.remaining() < 8) {
            return AS_STORED;
        }
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        if (directory < 8 || directory > tiff.limit() - 2) {
            return AS_STORED;
        }
        int entries = tiff.getShort(directory) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > tiff.limit()) {
                return AS_STORED;
            }
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? new ExifOrientation(value) : AS_STORED;
            }
        }
        return AS_STORED;
    }

    /** The image turned (or mirrored) the way the camera was held; the image itself when it was held upright. */
    BufferedImage upright(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        // Each maps a stored pixel (x, y) to where it is shown: new AffineTransform(m00, m10, m01, m11, m02, m12).
        return switch (value) {
            case 2 -> Photos.draw(image, w, h, new AffineTransform(-1, 0, 0, 1, w, 0));
            case 3 -> Photos.draw(image, w, h, new AffineTransform(-1, 0, 0, -1, w, h));
            case 4 -> Photos.draw(image, w, h, new AffineTransform(1, 0, 0, -1, 0, h));
            case 5 -> Photos.draw(image, h, w, new AffineTransform(0, 1, 1, 0, 0, 0));
            case 6 -> Photos.draw(image, h, w, new AffineTransform(0, 1, -1, 0, h, 0));
            case 7 -> Photos.draw(image, h, w, new AffineTransform(0, -1, -1, 0, h, w));
            case 8 -> Photos.draw(image, h, w, new AffineTransform(0, -1, 1, 0, 0, w));
            default -> image;
        };
    }
}
