package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.photo.PhotoSize;
import io.quartier.catalog.domain.model.photo.ProductPhoto;
import io.quartier.catalog.domain.model.photo.ProductPhotoRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Product photos in the catalog's own schema, through JPA; a listing reads versions only, never the bytes. */
@ApplicationScoped
public class JpaProductPhotoRepository extends JpaRepository<ProductPhoto> implements ProductPhotoRepository {

    @Override
    public Optional<ProductPhoto> ofProduct(long productId) {
        return find(ProductPhoto.class, productId);
    }

    @Override
    public boolean removeOf(long productId) {
        return em.createQuery("DELETE FROM ProductPhoto p WHERE p.productId = :id")
                .setParameter("id", productId)
                .executeUpdate() > 0;
    }

    @Override
    public Map<Long, String> versions(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT p.productId, p.version FROM ProductPhoto p WHERE p.productId IN :ids", Object[].class)
                .setParameter("ids", productIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    @Override
    public Optional<Rendition> rendition(long productId, PhotoSize size) {
        String bytes = size == PhotoSize.SMALL ? "p.small" : "p.large";
        return em.createQuery("SELECT p.version, " + bytes + " FROM ProductPhoto p WHERE p.productId = :id",
                        Object[].class)
                .setParameter("id", productId)
                .getResultStream()
                .findFirst()
                .map(row -> new Rendition((String) row[0], (byte[]) row[1]));
    }
}
