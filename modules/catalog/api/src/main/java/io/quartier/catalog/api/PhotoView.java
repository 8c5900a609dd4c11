package io.quartier.catalog.api;

/**
 * A product's photo as the shop shows it: the addresses of its two JPEG renditions, {@code small} (within 400×400
 * px) and {@code large} (within 1200×1200 px). Both carry {@code version}, which changes with the photo, so a
 * browser may keep them for good.
 */
public record PhotoView(long productId, String version, String small, String large) {
}
