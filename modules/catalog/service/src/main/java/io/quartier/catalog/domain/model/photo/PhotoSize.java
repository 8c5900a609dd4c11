package io.quartier.catalog.domain.model.photo;

import io.quartier.kernel.domain.DomainException;
import java.util.Locale;

/** The renditions a photo is served in, each fitting a square box: a listing's thumbnail, a product page's picture. */
public enum PhotoSize {

    SMALL(400),
    LARGE(1200);

    public static final String UNKNOWN = "catalog.photo.unknownSize";

    /** The side of the box the rendition fits in, in pixels. */
    private final int box;

    PhotoSize(int box) {
        this.box = box;
    }

    /** The size called {@code label} ({@code small} or {@code large}); 400 {@value #UNKNOWN} for any other. */
    public static PhotoSize named(String label) {
        for (PhotoSize size : values()) {
            if (size.label().equals(label)) {
                return size;
            }
        }
        throw DomainException.invalid(UNKNOWN, "a photo's size is small or large, not " + label);
    }

    public int box() {
        return box;
    }

    /** The size's name in addresses and tags. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
