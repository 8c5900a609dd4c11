package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.product.Category;
import io.quartier.catalog.domain.model.product.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Shelves in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public Optional<Category> byId(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public List<Category> ofStore(long storeId) {
        return em.createQuery("SELECT c FROM Category c WHERE c.store.id = :s ORDER BY c.position, c.id", Category.class)
                .setParameter("s", storeId).getResultList();
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public void remove(Category category) {
        em.remove(category);
    }
}
