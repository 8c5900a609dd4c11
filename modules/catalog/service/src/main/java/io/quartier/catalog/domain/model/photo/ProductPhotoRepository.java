package io.quartier.catalog.domain.model.photo;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The products' photos (port; {@code JpaProductPhotoRepository} is the adapter). */
public interface ProductPhotoRepository {

    Optional<ProductPhoto> ofProduct(long productId);

    void add(ProductPhoto photo);

    /** Deletes the product's photo; false when it had none. */
    boolean removeOf(long productId);

    /** The version of each product's photo; products without one are left out. */
    Map<Long, String> versions(Collection<Long> productIds);

    /** One size of a product's photo, read with its version at once so the two always belong together. */
    Optional<Rendition> rendition(long productId, PhotoSize size);

    /** A rendition's JPEG bytes and the version of the photo they were made from. */
    record Rendition(String version, byte[] jpeg) {
    }
}
