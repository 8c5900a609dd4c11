package io.quartier.kernel.image;

import java.util.Set;

/**
 * What a context takes as a photo: the formats (as ImageIO's readers name them: {@code jpeg}, {@code png},
 * {@code gif}), the smallest side, the long side it is decoded for (a larger one is read at a fraction of its
 * resolution that leaves once to twice that side), and the problem codes it refuses a file with.
 */
public record PhotoRules(Set<String> formats, int minSide, int longSide, String notAnImage, String tooLarge,
                         String tooSmall) {
}
