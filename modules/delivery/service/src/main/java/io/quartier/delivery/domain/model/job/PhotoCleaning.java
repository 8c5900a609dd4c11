package io.quartier.delivery.domain.model.job;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.image.PhotoRules;
import io.quartier.kernel.image.Photos;
import java.util.Set;

/**
 * A courier's photo as delivery keeps it: decoded and written again as a JPEG of at most {@value #LONG_SIDE} pixels
 * on its long side, upright. What the phone wrote besides the pixels (EXIF with the place and the phone, comments)
 * is left behind, a PNG becomes a JPEG (a photo of a door has no transparency to keep), and the stored size stays
 * bounded whatever the camera. A file claiming more than {@value Photos#MAX_PIXELS} pixels is refused by its header
 * before any pixel is decoded; a damaged one is refused rather than kept half grey.
 */
public final class PhotoCleaning {

    public static final String TOO_MANY_PIXELS = "problem.photo.tooManyPixels";
    /** Enough to read a house number or see a doormat on any screen. */
    public static final int LONG_SIDE = 2048;
    private static final float QUALITY = 0.82f;
    private static final String NOT_AN_IMAGE = "problem.photo.notAnImage";
    private static final PhotoRules RULES = new PhotoRules(Set.of("jpeg", "png"), 1, LONG_SIDE, NOT_AN_IMAGE,
            TOO_MANY_PIXELS, NOT_AN_IMAGE);

    private PhotoCleaning() {
    }

    /**
     * The upload, a JPEG or PNG by its first bytes, as the JPEG delivery keeps.
     *
     * @throws DomainException invalid {@code problem.photo.notAnImage} (another format, a damaged file, over 5 MB)
     *                         or {@value #TOO_MANY_PIXELS}
     */
    public static byte[] jpeg(byte[] upload) {
        PhotoFormat.of(upload);
        return Photos.jpeg(Photos.fit(Photos.decode(upload, RULES), LONG_SIDE), QUALITY);
    }
}
