package io.quartier.delivery.domain.model.job;

import io.quartier.kernel.domain.DomainException;
import java.util.Arrays;

/**
 * The image formats a proof of delivery may be: JPEG and PNG, told by the file's first bytes (what a phone's camera
 * writes), never by the name or the media type the client claims. A photo has at most {@value #MAX_BYTES} bytes.
 */
public enum PhotoFormat {

    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final String mediaType;
    private final byte[] signature;

    PhotoFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /**
     * The format of {@code image}; {@code problem.photo.notAnImage} for anything else (a text file named .jpg, an
     * empty body) and for a file past the limit, which the edge refuses before it is read whole.
     */
    public static PhotoFormat of(byte[] image) {
        if (image != null && image.length > MAX_BYTES) {
            throw DomainException.invalid("problem.photo.notAnImage", "a delivery photo has at most " + MAX_BYTES
                    + " bytes");
        }
        for (PhotoFormat format : values()) {
            if (image != null && image.length > format.signature.length
                    && Arrays.equals(image, 0, format.signature.length, format.signature, 0, format.signature.length)) {
                return format;
            }
        }
        throw DomainException.invalid("problem.photo.notAnImage", "a delivery photo is a JPEG or a PNG");
    }

    public String mediaType() {
        return mediaType;
    }
}
