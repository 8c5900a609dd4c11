package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.product.Category;
import io.quartier.catalog.domain.model.product.CategoryRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Shelves in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaCategoryRepository extends JpaRepository<Category> implements CategoryRepository {

    @Override
    public Optional<Category> byId(long id) {
        return find(Category.class, id);
    }

    @Override
    public List<Category> ofStore(long storeId) {
        return em.createQuery("SELECT c FROM Category c WHERE c.store.id = :s ORDER BY c.position, c.id", Category.class)
                .setParameter("s", storeId).getResultList();
    }
}
