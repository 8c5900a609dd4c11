package io.quartier.catalog.domain.model.photo;

import io.quartier.kernel.domain.DomainException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A photo as the shop serves it: a JPEG per {@link PhotoSize}, fitted into the size's box with its proportions kept
 * and never enlarged, transparency laid on white, turned upright when the camera said it was held sideways. The
 * version is taken from the JPEGs' bytes, so it changes exactly when they do. Re-encoding also leaves behind what a
 * camera writes into a photo, its position included.
 */
public record Renditions(String version, byte[] small, byte[] large) {

    public static final String NOT_AN_IMAGE = "catalog.photo.notAnImage";
    public static final String TOO_LARGE = "catalog.photo.tooLarge";
    public static final String TOO_SMALL = "catalog.photo.tooSmall";

    /** 5 MB: a phone's photo fits, with room to spare. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Smaller than this on a side, a photo looks blurred even as a thumbnail. */
    private static final int MIN_SIDE = 200;
    /** 40 megapixels: more than a phone takes; far fewer than a crafted file may claim to decode into. */
    private static final long MAX_PIXELS = 40_000_000;
    private static final float QUALITY = 0.85f;
    /** As ImageIO's readers name them: what cameras and editors write, of what every JDK reads (BMP and TIFF too). */
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");

    /**
     * Develops a merchant's upload into its renditions.
     *
     * @throws DomainException invalid {@value #NOT_AN_IMAGE}, {@value #TOO_LARGE} or {@value #TOO_SMALL}
     */
    public static Renditions of(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw DomainException.invalid(TOO_LARGE, "a photo is at most " + MAX_BYTES + " bytes");
        }
        BufferedImage photo = ExifOrientation.of(upload).upright(decode(upload));
        BufferedImage large = fit(photo, PhotoSize.LARGE.box());
        BufferedImage small = fit(large, PhotoSize.SMALL.box());
        byte[] smallJpeg = jpeg(small);
        byte[] largeJpeg = jpeg(large);
        return new Renditions(version(smallJpeg, largeJpeg), smallJpeg, largeJpeg);
    }

    public byte[] jpeg(PhotoSize size) {
        return size == PhotoSize.SMALL ? small : large;
    }

    /**
     * Reads the image's size from its header before any pixel, so a small file claiming a huge size is refused
     * before it could fill the memory; a large image is read at a fraction of its resolution that still leaves
     * at least twice the large rendition's side.
     */
    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw DomainException.invalid(TOO_LARGE, "a photo has at most " + MAX_PIXELS + " pixels");
                }
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw DomainException.invalid(TOO_SMALL, "a photo is at least " + MIN_SIDE + " pixels a side");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * PhotoSize.LARGE.box()));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A damaged file makes the readers throw anything from IIOException to ArrayIndexOutOfBoundsException.
            throw DomainException.invalid(NOT_AN_IMAGE, "not a JPEG, PNG or GIF image that can be read: " + e);
        }
    }

    private static ImageReader readerFor(ImageInputStream input) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // this reader cannot name its format: try the next
            }
            reader.dispose();
        }
        throw DomainException.invalid(NOT_AN_IMAGE, "not a JPEG, PNG or GIF image");
    }

    /** Fits the image into a {@code box}×{@code box} square, keeping its proportions and never enlarging it. */
    private static BufferedImage fit(BufferedImage image, int box) {
        double scale = Math.min(1, Math.min((double) box / image.getWidth(), (double) box / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        // One bicubic step from far larger skips pixels and shimmers; halving first keeps every pixel counted.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, null);
        }
        return draw(current, width, height, null);
    }

    /**
     * Draws the image, scaled to {@code width}×{@code height} or moved by {@code transform}, on an opaque white
     * canvas: a JPEG has no transparency, and white is what a transparent product shot stands on.
     */
    static BufferedImage draw(BufferedImage image, int width, int height, AffineTransform transform) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (transform == null) {
                g.drawImage(image, 0, 0, width, height, null);
            } else {
                g.drawImage(image, transform, null);
            }
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The first 64 bits of the renditions' SHA-256, in hex. */
    private static String version(byte[] small, byte[] large) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(small);
            sha.update(large);
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
