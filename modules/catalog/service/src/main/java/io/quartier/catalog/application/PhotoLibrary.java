package io.quartier.catalog.application;

import io.quartier.catalog.api.PhotoView;
import io.quartier.catalog.api.event.ProductChanged;
import io.quartier.catalog.domain.model.photo.PhotoSize;
import io.quartier.catalog.domain.model.photo.ProductPhoto;
import io.quartier.catalog.domain.model.photo.ProductPhotoRepository;
import io.quartier.catalog.domain.model.photo.Renditions;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Products' photos: the product's merchant puts one up, replacing the last, or takes it down; anyone may look at
 * them. ProductChanged goes out in the transaction that changed the photo.
 */
@ApplicationScoped
public class PhotoLibrary {

    @Inject
    ProductPhotoRepository stored;

    @Inject
    ProductRepository products;

    @Inject
    CatalogEvents events;

    /** Where a rendition is served; the version makes the address change with the photo, so it can be cached for good. */
    public static String address(long productId, PhotoSize size, String version) {
        return "/catalog/api/products/" + productId + "/photo?size=" + size.label() + "&v=" + version;
    }

    public static PhotoView view(long productId, String version) {
        return new PhotoView(productId, version, address(productId, PhotoSize.SMALL, version),
                address(productId, PhotoSize.LARGE, version));
    }

    /**
     * Makes {@code image} the product's photo. It is developed before the database is touched, so a large image
     * holds no connection nor lock while it is scaled, and a refused one changes nothing. Another merchant's
     * product is "not found", whatever the image.
     *
     * @throws ProblemException 400 {@code catalog.photo.notAnImage}, {@code catalog.photo.tooLarge},
     *                          {@code catalog.photo.tooSmall}; 404 {@code problem.notFound}
     */
    @Transactional
    public PhotoView upload(long merchantId, long productId, byte[] image) {
        Renditions renditions = Renditions.of(image);
        Product product = ownProduct(merchantId, productId);
        products.lock(product, LockModeType.PESSIMISTIC_WRITE);
        ProductPhoto photo = stored.ofProduct(productId).orElse(null);
        if (photo == null) {
            stored.add(new ProductPhoto(productId, renditions));
        } else if (photo.getVersion().equals(renditions.version())) {
            return view(productId, photo.getVersion());
        } else {
            photo.replaceWith(renditions);
        }
        events.publish(new ProductChanged(productId, product.getStore().getId(), merchantId));
        return view(productId, renditions.version());
    }

    /** Takes the product's photo down; a product without one is left as it is, and nothing is announced. */
    @Transactional
    public void remove(long merchantId, long productId) {
        Product product = ownProduct(merchantId, productId);
        if (stored.removeOf(productId)) {
            events.publish(new ProductChanged(productId, product.getStore().getId(), merchantId));
        }
    }

    /** The version of each product's photo, for a listing to show them; products without one are left out. */
    public Map<Long, String> versions(Collection<Long> productIds) {
        return stored.versions(productIds);
    }

    /** A product's photo in one size, read with its version in one query so the two always belong together. */
    public Optional<Jpeg> photo(long productId, PhotoSize size) {
        return stored.rendition(productId, size).map(r -> new Jpeg(r.version(), r.jpeg()));
    }

    private Product ownProduct(long merchantId, long productId) {
        return products.byId(productId)
                .filter(p -> p.getStore().getMerchant().getId() == merchantId)
                .orElseThrow(() -> ProblemException.notFound("product", productId));
    }

    /** A rendition's bytes and the version of the photo they were made from. */
    public record Jpeg(String version, byte[] bytes) {
    }
}
