/**
 * Product photos. A merchant's upload is checked and developed into {@link
 * io.quartier.catalog.domain.model.photo.Renditions}: two JPEGs, one per {@link
 * io.quartier.catalog.domain.model.photo.PhotoSize}, and a version that changes when they do. A {@link
 * io.quartier.catalog.domain.model.photo.ProductPhoto} keeps a product's renditions; the upload itself is not kept.
 * <p>
 * Message keys: {@code catalog.photo.notAnImage} (not a JPEG, PNG or GIF that can be read),
 * {@code catalog.photo.tooLarge} (over 5 MB, or over 40 megapixels), {@code catalog.photo.tooSmall} (under 200 px
 * on a side), {@code catalog.photo.unknownSize} (a size other than small or large).
 */
package io.quartier.catalog.domain.model.photo;
