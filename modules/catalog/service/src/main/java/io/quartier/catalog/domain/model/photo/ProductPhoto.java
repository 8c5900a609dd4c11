package io.quartier.catalog.domain.model.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A product's photo, kept as its renditions. Mapped by the product's id rather than by the product, so reading a
 * product never reads its photo, and the photo's bytes are read only where they are served.
 */
@Entity
@Table(name = "product_photo")
public class ProductPhoto {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(nullable = false, length = 16)
    private String version;

    @Column(name = "small_jpeg", nullable = false)
    private byte[] small;

    @Column(name = "large_jpeg", nullable = false)
    private byte[] large;

    protected ProductPhoto() {
    }

    public ProductPhoto(long productId, Renditions renditions) {
        this.productId = productId;
        replaceWith(renditions);
    }

    public void replaceWith(Renditions renditions) {
        version = renditions.version();
        small = renditions.jpeg(PhotoSize.SMALL);
        large = renditions.jpeg(PhotoSize.LARGE);
    }

    public String getVersion() {
        return version;
    }
}
