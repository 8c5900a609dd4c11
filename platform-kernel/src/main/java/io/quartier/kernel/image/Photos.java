package io.quartier.kernel.image;

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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
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
 * Photos people upload (a merchant's product, a courier's proof of delivery), decoded with care and written again
 * as plain JPEGs: the size is read from the header before any pixel, so a small file claiming a huge size is refused
 * before it could fill the memory; a damaged file is refused, not shown half grey; the photo is turned upright as
 * the camera said it was held. Writing the pixels again leaves behind whatever else the file held (EXIF with the
 * place it was taken and the phone that took it, comments, other segments).
 */
public final class Photos {

    /** 40 megapixels: more than a phone takes; far fewer than a crafted file may claim to decode into. */
    public static final long MAX_PIXELS = 40_000_000;

    private Photos() {
    }

    /**
     * The upload's pixels, upright, read at a fraction of a large image's resolution that keeps between once and twice
     * {@code rules.longSide()} on its long side (so a 40-megapixel photo never fills the memory whole).
     *
     * @throws DomainException invalid with {@code rules}' code: not an image of its formats (or a damaged one), more
     *                         than {@value #MAX_PIXELS} pixels, or a side under {@code rules.minSide()}
     */
    public static BufferedImage decode(byte[] upload, PhotoRules rules) {
        return ExifOrientation.of(upload).upright(read(upload, rules));
    }

    /** Fits the image into a {@code box}×{@code box} square, keeping its proportions and never enlarging it. */
    public static BufferedImage fit(BufferedImage image, int box) {
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

    /** The image as a baseline JPEG of the given quality (0 to 1), with nothing but its pixels. */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Draws the image, scaled to {@code width}×{@code height} or moved by {@code transform}, on an opaque white
     * canvas: a JPEG has no transparency, and white is what a transparent shot stands on.
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

    private static BufferedImage read(byte[] upload, PhotoRules rules) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(input, rules);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw DomainException.invalid(rules.tooLarge(), "a photo has at most " + MAX_PIXELS + " pixels");
                }
                if (width < rules.minSide() || height < rules.minSide()) {
                    throw DomainException.invalid(rules.tooSmall(),
                            "a photo is at least " + rules.minSide() + " pixels a side");
                }
                // A JPEG cut short is only a warning to the reader, which paints the rest grey: refuse it instead.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                // At most twice the long side kept, at least once: 40 megapixels decode into at most a quarter.
                int twice = 2 * rules.longSide();
                int step = Math.max(1, (Math.max(width, height) + twice - 1) / twice);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new IIOException(String.join("; ", warnings));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A damaged file makes the readers throw anything from IIOException to ArrayIndexOutOfBoundsException.
            throw DomainException.invalid(rules.notAnImage(), "not an image of " + rules.formats()
                    + " that can be read: " + e);
        }
    }

    private static ImageReader readerFor(ImageInputStream input, PhotoRules rules) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (rules.formats().contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // this reader cannot name its format: try the next
            }
            reader.dispose();
        }
        throw DomainException.invalid(rules.notAnImage(), "not an image of " + rules.formats());
    }
}
