package io.quartier.catalog.domain.model.photo;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.image.PhotoRules;
import io.quartier.kernel.image.Photos;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * A photo as the shop serves it: a JPEG per {@link PhotoSize}, fitted into the size's box with its proportions kept
 * and never enlarged, transparency laid on white, turned upright when the camera said it was held sideways. The
 * version is taken from the JPEGs' bytes, so it changes exactly when they do. Re-encoding also leaves behind what a
 * camera writes into a photo, its position included (the kernel's {@link Photos}).
 */
public record Renditions(String version, byte[] small, byte[] large) {

    public static final String NOT_AN_IMAGE = "catalog.photo.notAnImage";
    public static final String TOO_LARGE = "catalog.photo.tooLarge";
    public static final String TOO_SMALL = "catalog.photo.tooSmall";

    /** 5 MB: a phone's photo fits, with room to spare. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * What cameras and editors write, of what every JDK reads (BMP and TIFF too); smaller than 200 pixels on a side,
     * a photo looks blurred even as a thumbnail.
     */
    private static final PhotoRules RULES = new PhotoRules(Set.of("jpeg", "png", "gif"), 200,
            PhotoSize.LARGE.box(), NOT_AN_IMAGE, TOO_LARGE, TOO_SMALL);
    private static final float QUALITY = 0.85f;

    /**
     * Develops a merchant's upload into its renditions.
     *
     * @throws DomainException invalid {@value #NOT_AN_IMAGE}, {@value #TOO_LARGE} or {@value #TOO_SMALL}
     */
    public static Renditions of(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw DomainException.invalid(TOO_LARGE, "a photo is at most " + MAX_BYTES + " bytes");
        }
        BufferedImage photo = Photos.decode(upload, RULES);
        BufferedImage large = Photos.fit(photo, PhotoSize.LARGE.box());
        BufferedImage small = Photos.fit(large, PhotoSize.SMALL.box());
        byte[] smallJpeg = Photos.jpeg(small, QUALITY);
        byte[] largeJpeg = Photos.jpeg(large, QUALITY);
        return new Renditions(version(smallJpeg, largeJpeg), smallJpeg, largeJpeg);
    }

    public byte[] jpeg(PhotoSize size) {
        return size == PhotoSize.SMALL ? small : large;
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
