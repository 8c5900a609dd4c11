package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.product.Category;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.catalog.domain.model.store.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads products with their store, merchant and translations in one query, so listing never goes N+1. */
@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    private static final String WITH_TEXTS = "SELECT DISTINCT p FROM Product p LEFT JOIN FETCH p.translations"
            + " LEFT JOIN FETCH p.category JOIN FETCH p.store s JOIN FETCH s.merchant";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public List<Product> ofStore(long storeId) {
        return em.createQuery(WITH_TEXTS + " WHERE s.id = :s AND p.archived = FALSE ORDER BY p.position, p.id", Product.class)
                .setParameter("s", storeId)
                .getResultList();
    }

    @Override
    public List<Product> ofMerchant(long merchantId) {
        return em.createQuery(WITH_TEXTS + " WHERE s.merchant.id = :m AND p.archived = FALSE ORDER BY s.id, p.position, p.id", Product.class)
                .setParameter("m", merchantId)
                .getResultList();
    }

    @Override
    public Optional<Product> byId(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    /** Locks the product's row, so an edit and a checkout never interleave on it. */
    @Override
    public void lock(Product product, LockModeType mode) {
        em.lock(product, mode);
    }

    @Override
    public List<Product> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(WITH_TEXTS + " WHERE p.id IN :ids ORDER BY p.id", Product.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public boolean takeStock(long productId, int quantity) {
        return updatesOne("UPDATE Product p SET p.stockQuantity = p.stockQuantity - :q"
                + " WHERE p.id = :id AND p.stockQuantity >= :q", productId, quantity);
    }

    @Override
    public boolean giveBackStock(long productId, int quantity) {
        return updatesOne("UPDATE Product p SET p.stockQuantity = p.stockQuantity + :q"
                + " WHERE p.id = :id AND p.stockQuantity IS NOT NULL", productId, quantity);
    }

    /** Runs a stock UPDATE of one product ({@code :id}) by {@code :q}; whether it changed the product. */
    private boolean updatesOne(String update, long productId, int quantity) {
        return em.createQuery(update).setParameter("q", quantity).setParameter("id", productId).executeUpdate() == 1;
    }

    @Override
    public void refresh(Product product) {
        em.refresh(product);
    }

    @Override
    public List<Product> inCategory(Category category) {
        return em.createQuery("SELECT p FROM Product p WHERE p.category = :c", Product.class)
                .setParameter("c", category).getResultList();
    }

    @Override
    public int lastPosition(Store store) {
        Number last = em.createQuery("SELECT MAX(p.position) FROM Product p WHERE p.store = :s", Number.class)
                .setParameter("s", store).getSingleResult();
        return last == null ? 0 : last.intValue();
    }

    @Override
    public List<Product> unavailableUntilAtMost(Instant now) {
        return em.createQuery("SELECT p FROM Product p WHERE p.available = FALSE"
                        + " AND p.unavailableUntil IS NOT NULL AND p.unavailableUntil <= :now", Product.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public void add(Product product) {
        em.persist(product);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
